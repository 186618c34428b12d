import { deriveSeed } from "../random.ts"
import { concatDatasets, type Dataset } from "./dataset.ts"
import { TabularDataError } from "./errors.ts"
import { selectTableRows, type LabelledTable } from "./labelledTable.ts"
import { DEFAULT_TRAIN_FRACTION, stratifiedSplit } from "./split.ts"
import { columnMoments, mergeMoments, standardize, standardizerFromMoments, type Standardizer } from "./standardize.ts"

export type SiteData = { readonly site: number; readonly train: Dataset; readonly test: Dataset }

/** Every site's train and test rows, plus their unions: the pooled-vs-federated setting. */
export type PreparedSites = {
  readonly featureNames: readonly string[]
  readonly standardizer: Standardizer
  readonly sites: readonly SiteData[]
  /** Union of the sites' training rows: what a centralised model would train on. */
  readonly pooledTrain: Dataset
  /** Union of the sites' test rows: where both models are scored. */
  readonly pooledTest: Dataset
}

/**
 * Splits each site's table train/test (stratified, seeded by (seed, site), default 2/3 train),
 * standardises every row with the pooled training statistics (mergeable moments, see
 * standardize.ts) and stacks the unions.
 */
export function prepareSites(
  tables: readonly LabelledTable[],
  opts: {
    seed: number
    trainFraction?: number
    /** How the sites' training tables become the pooled standardiser; default their exact moments (a DP job: federated/dp/featureStats.ts). */
    standardizer?: (trainTables: readonly LabelledTable[]) => Standardizer
  },
): PreparedSites {
  if (tables.length === 0) throw new TabularDataError({ code: "TABLE_BAD_OPTION", option: "sites", reason: "none" }, "no site tables given")
  const featureNames = tables[0].featureNames
  tables.forEach((t, k) => {
    if (t.featureNames.length !== featureNames.length || t.featureNames.some((n, j) => n !== featureNames[j])) {
      throw new TabularDataError(
        { code: "TABLE_BAD_OPTION", option: `sites[${k}]`, reason: "feature columns differ from site 0" },
        `site ${k} has feature columns ${t.featureNames.join(",")}, site 0 has ${featureNames.join(",")}`,
      )
    }
  })
  const splits = tables.map((t, k) => stratifiedSplit(t.labels, { seed: deriveSeed(opts.seed, k), trainFraction: opts.trainFraction ?? DEFAULT_TRAIN_FRACTION }))
  const standardizer =
    opts.standardizer !== undefined
      ? opts.standardizer(tables.map((t, k) => selectTableRows(t, splits[k].train)))
      : standardizerFromMoments(mergeMoments(tables.map((t, k) => columnMoments(t, splits[k].train))))
  const sites = tables.map((t, k) => ({ site: k, train: standardize(t, standardizer, splits[k].train), test: standardize(t, standardizer, splits[k].test) }))
  return {
    featureNames,
    standardizer,
    sites,
    pooledTrain: concatDatasets(sites.map((s) => s.train)),
    pooledTest: concatDatasets(sites.map((s) => s.test)),
  }
}
