/** A parser of the Prometheus text exposition format (0.0.4), strict enough to catch malformed output. */
export type MetricFamily = { name: string; type: string; help: string; samples: { name: string; labels: Record<string, string>; value: number }[] }

const SAMPLE_RE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)(\s+-?\d+)?$/
const LABEL_RE = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*(,|$)/y

/** Parses the Prometheus text format (0.0.4); throws on the first malformed line. */
export function parseExposition(text: string): Map<string, MetricFamily> {
  const families = new Map<string, MetricFamily>()
  const familyOf = (sample: string): MetricFamily | undefined => {
    for (const suffix of ["", "_bucket", "_sum", "_count", "_total", "_created"]) {
      if (suffix !== "" && !sample.endsWith(suffix)) continue
      const f = families.get(sample.slice(0, sample.length - suffix.length))
      if (f !== undefined) return f
    }
    return undefined
  }
  text.split("\n").forEach((line, i) => {
    const where = `line ${i + 1}: ${line}`
    if (line.trim() === "") return
    if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
      const [, kind, name, ...rest] = line.split(" ")
      const f = families.get(name) ?? { name, type: "untyped", help: "", samples: [] }
      if (kind === "HELP") f.help = rest.join(" ")
      else {
        if (!["counter", "gauge", "histogram", "summary", "untyped"].includes(rest[0])) throw new Error(`${where}: unknown type`)
        if (f.samples.length > 0) throw new Error(`${where}: TYPE after samples`)
        f.type = rest[0]
      }
      families.set(name, f)
      return
    }
    if (line.startsWith("#")) return
    const m = SAMPLE_RE.exec(line)
    if (m === null) throw new Error(`${where}: not a sample`)
    const labels: Record<string, string> = {}
    if (m[3] !== undefined && m[3] !== "") {
      LABEL_RE.lastIndex = 0
      while (LABEL_RE.lastIndex < m[3].length) {
        const start = LABEL_RE.lastIndex
        const l = LABEL_RE.exec(m[3])
        if (l === null || l.index !== start) throw new Error(`${where}: malformed labels`)
        labels[l[1]] = l[2]
      }
    }
    const value = m[4] === "+Inf" ? Infinity : m[4] === "-Inf" ? -Infinity : m[4] === "NaN" ? NaN : Number(m[4])
    if (Number.isNaN(value) && m[4] !== "NaN") throw new Error(`${where}: value is not a number`)
    const f = familyOf(m[1])
    if (f === undefined) throw new Error(`${where}: sample of an undeclared family`)
    if (f.type === "histogram" && m[1].endsWith("_bucket") && labels.le === undefined) throw new Error(`${where}: histogram bucket without le`)
    f.samples.push({ name: m[1], labels, value })
  })
  return families
}

