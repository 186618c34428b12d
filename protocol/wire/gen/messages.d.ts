import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace medmesh. */
export namespace medmesh {

    /** Namespace common. */
    namespace common {

        /** Namespace v1. */
        namespace v1 {

            /** KeyType enum. */
            enum KeyType {

                /** KEY_TYPE_UNSPECIFIED value */
                KEY_TYPE_UNSPECIFIED = 0,

                /** KEY_TYPE_ED25519 value */
                KEY_TYPE_ED25519 = 1,

                /** KEY_TYPE_P256 value */
                KEY_TYPE_P256 = 2
            }

            /**
             * Properties of a PublicKey.
             * @deprecated Use medmesh.common.v1.PublicKey.$Properties instead.
             */
            interface IPublicKey extends medmesh.common.v1.PublicKey.$Properties {
            }

            /** Represents a PublicKey. */
            class PublicKey {

                /**
                 * Constructs a new PublicKey.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.common.v1.PublicKey.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PublicKey type. */
                type: medmesh.common.v1.KeyType;

                /** PublicKey key. */
                key: Uint8Array;

                /**
                 * Creates a new PublicKey instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PublicKey instance
                 */
                static create(properties: medmesh.common.v1.PublicKey.$Shape): medmesh.common.v1.PublicKey & medmesh.common.v1.PublicKey.$Shape;
                static create(properties?: medmesh.common.v1.PublicKey.$Properties): medmesh.common.v1.PublicKey;

                /**
                 * Encodes the specified PublicKey message. Does not implicitly {@link medmesh.common.v1.PublicKey.verify|verify} messages.
                 * @param message PublicKey message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.common.v1.PublicKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PublicKey message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.common.v1.PublicKey & medmesh.common.v1.PublicKey.$Shape} PublicKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.common.v1.PublicKey & medmesh.common.v1.PublicKey.$Shape;

                /**
                 * Gets the type url for PublicKey
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PublicKey {

                /** Properties of a PublicKey. */
                interface $Properties {

                    /** PublicKey type */
                    type?: (medmesh.common.v1.KeyType|null);

                    /** PublicKey key */
                    key?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PublicKey. */
                type $Shape = medmesh.common.v1.PublicKey.$Properties;
            }

            /**
             * Properties of a WebAuthnAssertion.
             * @deprecated Use medmesh.common.v1.WebAuthnAssertion.$Properties instead.
             */
            interface IWebAuthnAssertion extends medmesh.common.v1.WebAuthnAssertion.$Properties {
            }

            /** Represents a WebAuthnAssertion. */
            class WebAuthnAssertion {

                /**
                 * Constructs a new WebAuthnAssertion.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.common.v1.WebAuthnAssertion.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WebAuthnAssertion authenticatorData. */
                authenticatorData: Uint8Array;

                /** WebAuthnAssertion clientDataJson. */
                clientDataJson: Uint8Array;

                /**
                 * Creates a new WebAuthnAssertion instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WebAuthnAssertion instance
                 */
                static create(properties: medmesh.common.v1.WebAuthnAssertion.$Shape): medmesh.common.v1.WebAuthnAssertion & medmesh.common.v1.WebAuthnAssertion.$Shape;
                static create(properties?: medmesh.common.v1.WebAuthnAssertion.$Properties): medmesh.common.v1.WebAuthnAssertion;

                /**
                 * Encodes the specified WebAuthnAssertion message. Does not implicitly {@link medmesh.common.v1.WebAuthnAssertion.verify|verify} messages.
                 * @param message WebAuthnAssertion message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.common.v1.WebAuthnAssertion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WebAuthnAssertion message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.common.v1.WebAuthnAssertion & medmesh.common.v1.WebAuthnAssertion.$Shape} WebAuthnAssertion
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.common.v1.WebAuthnAssertion & medmesh.common.v1.WebAuthnAssertion.$Shape;

                /**
                 * Gets the type url for WebAuthnAssertion
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WebAuthnAssertion {

                /** Properties of a WebAuthnAssertion. */
                interface $Properties {

                    /** WebAuthnAssertion authenticatorData */
                    authenticatorData?: (Uint8Array|null);

                    /** WebAuthnAssertion clientDataJson */
                    clientDataJson?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WebAuthnAssertion. */
                type $Shape = medmesh.common.v1.WebAuthnAssertion.$Properties;
            }

            /** Purpose enum. */
            enum Purpose {

                /** PURPOSE_UNSPECIFIED value */
                PURPOSE_UNSPECIFIED = 0,

                /** PURPOSE_TREATMENT value */
                PURPOSE_TREATMENT = 1,

                /** PURPOSE_RESEARCH value */
                PURPOSE_RESEARCH = 2,

                /** PURPOSE_EMERGENCY value */
                PURPOSE_EMERGENCY = 3
            }

            /** Role enum. */
            enum Role {

                /** ROLE_UNSPECIFIED value */
                ROLE_UNSPECIFIED = 0,

                /** ROLE_CLINICIAN value */
                ROLE_CLINICIAN = 1,

                /** ROLE_RESEARCHER value */
                ROLE_RESEARCHER = 2,

                /** ROLE_ADMIN value */
                ROLE_ADMIN = 3,

                /** ROLE_NURSE value */
                ROLE_NURSE = 4
            }

            /**
             * Properties of a Credential.
             * @deprecated Use medmesh.common.v1.Credential.$Properties instead.
             */
            interface ICredential extends medmesh.common.v1.Credential.$Properties {
            }

            /** Represents a Credential. */
            class Credential {

                /**
                 * Constructs a new Credential.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.common.v1.Credential.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Credential subject. */
                subject?: (medmesh.common.v1.PublicKey.$Properties|null);

                /** Credential org. */
                org: string;

                /** Credential department. */
                department: string;

                /** Credential role. */
                role: medmesh.common.v1.Role;

                /** Credential country. */
                country: string;

                /** Credential notBefore. */
                notBefore: number;

                /** Credential notAfter. */
                notAfter: number;

                /** Credential issuer. */
                issuer: Uint8Array;

                /** Credential serial. */
                serial: Uint8Array;

                /** Credential signature. */
                signature: Uint8Array;

                /**
                 * Creates a new Credential instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Credential instance
                 */
                static create(properties: medmesh.common.v1.Credential.$Shape): medmesh.common.v1.Credential & medmesh.common.v1.Credential.$Shape;
                static create(properties?: medmesh.common.v1.Credential.$Properties): medmesh.common.v1.Credential;

                /**
                 * Encodes the specified Credential message. Does not implicitly {@link medmesh.common.v1.Credential.verify|verify} messages.
                 * @param message Credential message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.common.v1.Credential.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Credential message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.common.v1.Credential & medmesh.common.v1.Credential.$Shape} Credential
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.common.v1.Credential & medmesh.common.v1.Credential.$Shape;

                /**
                 * Gets the type url for Credential
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Credential {

                /** Properties of a Credential. */
                interface $Properties {

                    /** Credential subject */
                    subject?: (medmesh.common.v1.PublicKey.$Properties|null);

                    /** Credential org */
                    org?: (string|null);

                    /** Credential department */
                    department?: (string|null);

                    /** Credential role */
                    role?: (medmesh.common.v1.Role|null);

                    /** Credential country */
                    country?: (string|null);

                    /** Credential notBefore */
                    notBefore?: (number|null);

                    /** Credential notAfter */
                    notAfter?: (number|null);

                    /** Credential issuer */
                    issuer?: (Uint8Array|null);

                    /** Credential serial */
                    serial?: (Uint8Array|null);

                    /** Credential signature */
                    signature?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Credential. */
                type $Shape = medmesh.common.v1.Credential.$Properties;
            }

            /**
             * Properties of a Period.
             * @deprecated Use medmesh.common.v1.Period.$Properties instead.
             */
            interface IPeriod extends medmesh.common.v1.Period.$Properties {
            }

            /** Represents a Period. */
            class Period {

                /**
                 * Constructs a new Period.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.common.v1.Period.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Period start. */
                start: number;

                /** Period end. */
                end: number;

                /**
                 * Creates a new Period instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Period instance
                 */
                static create(properties: medmesh.common.v1.Period.$Shape): medmesh.common.v1.Period & medmesh.common.v1.Period.$Shape;
                static create(properties?: medmesh.common.v1.Period.$Properties): medmesh.common.v1.Period;

                /**
                 * Encodes the specified Period message. Does not implicitly {@link medmesh.common.v1.Period.verify|verify} messages.
                 * @param message Period message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.common.v1.Period.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Period message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.common.v1.Period & medmesh.common.v1.Period.$Shape} Period
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.common.v1.Period & medmesh.common.v1.Period.$Shape;

                /**
                 * Gets the type url for Period
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Period {

                /** Properties of a Period. */
                interface $Properties {

                    /** Period start */
                    start?: (number|null);

                    /** Period end */
                    end?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Period. */
                type $Shape = medmesh.common.v1.Period.$Properties;
            }
        }
    }

    /** Namespace consensus. */
    namespace consensus {

        /** Namespace v1. */
        namespace v1 {

            /** VoteType enum. */
            enum VoteType {

                /** VOTE_TYPE_UNSPECIFIED value */
                VOTE_TYPE_UNSPECIFIED = 0,

                /** VOTE_TYPE_PREVOTE value */
                VOTE_TYPE_PREVOTE = 1,

                /** VOTE_TYPE_PRECOMMIT value */
                VOTE_TYPE_PRECOMMIT = 2
            }

            /**
             * Properties of a Vote.
             * @deprecated Use medmesh.consensus.v1.Vote.$Properties instead.
             */
            interface IVote extends medmesh.consensus.v1.Vote.$Properties {
            }

            /** Represents a Vote. */
            class Vote {

                /**
                 * Constructs a new Vote.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.consensus.v1.Vote.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Vote type. */
                type: medmesh.consensus.v1.VoteType;

                /** Vote height. */
                height: number;

                /** Vote round. */
                round: number;

                /** Vote blockHash. */
                blockHash: Uint8Array;

                /** Vote timestamp. */
                timestamp: number;

                /** Vote validatorIndex. */
                validatorIndex: number;

                /** Vote validator. */
                validator: Uint8Array;

                /** Vote signature. */
                signature: Uint8Array;

                /**
                 * Creates a new Vote instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Vote instance
                 */
                static create(properties: medmesh.consensus.v1.Vote.$Shape): medmesh.consensus.v1.Vote & medmesh.consensus.v1.Vote.$Shape;
                static create(properties?: medmesh.consensus.v1.Vote.$Properties): medmesh.consensus.v1.Vote;

                /**
                 * Encodes the specified Vote message. Does not implicitly {@link medmesh.consensus.v1.Vote.verify|verify} messages.
                 * @param message Vote message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.consensus.v1.Vote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Vote message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.Vote & medmesh.consensus.v1.Vote.$Shape} Vote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.consensus.v1.Vote & medmesh.consensus.v1.Vote.$Shape;

                /**
                 * Gets the type url for Vote
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Vote {

                /** Properties of a Vote. */
                interface $Properties {

                    /** Vote type */
                    type?: (medmesh.consensus.v1.VoteType|null);

                    /** Vote height */
                    height?: (number|null);

                    /** Vote round */
                    round?: (number|null);

                    /** Vote blockHash */
                    blockHash?: (Uint8Array|null);

                    /** Vote timestamp */
                    timestamp?: (number|null);

                    /** Vote validatorIndex */
                    validatorIndex?: (number|null);

                    /** Vote validator */
                    validator?: (Uint8Array|null);

                    /** Vote signature */
                    signature?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Vote. */
                type $Shape = medmesh.consensus.v1.Vote.$Properties;
            }

            /**
             * Properties of a Proposal.
             * @deprecated Use medmesh.consensus.v1.Proposal.$Properties instead.
             */
            interface IProposal extends medmesh.consensus.v1.Proposal.$Properties {
            }

            /** Represents a Proposal. */
            class Proposal {

                /**
                 * Constructs a new Proposal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.consensus.v1.Proposal.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Proposal height. */
                height: number;

                /** Proposal round. */
                round: number;

                /** Proposal validRound. */
                validRound: number;

                /** Proposal blockHash. */
                blockHash: Uint8Array;

                /** Proposal timestamp. */
                timestamp: number;

                /** Proposal proposer. */
                proposer: Uint8Array;

                /** Proposal signature. */
                signature: Uint8Array;

                /**
                 * Creates a new Proposal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Proposal instance
                 */
                static create(properties: medmesh.consensus.v1.Proposal.$Shape): medmesh.consensus.v1.Proposal & medmesh.consensus.v1.Proposal.$Shape;
                static create(properties?: medmesh.consensus.v1.Proposal.$Properties): medmesh.consensus.v1.Proposal;

                /**
                 * Encodes the specified Proposal message. Does not implicitly {@link medmesh.consensus.v1.Proposal.verify|verify} messages.
                 * @param message Proposal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.consensus.v1.Proposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Proposal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.Proposal & medmesh.consensus.v1.Proposal.$Shape} Proposal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.consensus.v1.Proposal & medmesh.consensus.v1.Proposal.$Shape;

                /**
                 * Gets the type url for Proposal
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Proposal {

                /** Properties of a Proposal. */
                interface $Properties {

                    /** Proposal height */
                    height?: (number|null);

                    /** Proposal round */
                    round?: (number|null);

                    /** Proposal validRound */
                    validRound?: (number|null);

                    /** Proposal blockHash */
                    blockHash?: (Uint8Array|null);

                    /** Proposal timestamp */
                    timestamp?: (number|null);

                    /** Proposal proposer */
                    proposer?: (Uint8Array|null);

                    /** Proposal signature */
                    signature?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Proposal. */
                type $Shape = medmesh.consensus.v1.Proposal.$Properties;
            }

            /**
             * Properties of a Header.
             * @deprecated Use medmesh.consensus.v1.Header.$Properties instead.
             */
            interface IHeader extends medmesh.consensus.v1.Header.$Properties {
            }

            /** Represents a Header. */
            class Header {

                /**
                 * Constructs a new Header.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.consensus.v1.Header.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Header chainId. */
                chainId: string;

                /** Header height. */
                height: number;

                /** Header time. */
                time: number;

                /** Header lastBlockHash. */
                lastBlockHash: Uint8Array;

                /** Header txRoot. */
                txRoot: Uint8Array;

                /** Header appHash. */
                appHash: Uint8Array;

                /** Header validatorsHash. */
                validatorsHash: Uint8Array;

                /** Header proposer. */
                proposer: Uint8Array;

                /** Header lastCommitHash. */
                lastCommitHash: Uint8Array;

                /** Header nextValidatorsHash. */
                nextValidatorsHash: Uint8Array;

                /**
                 * Creates a new Header instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Header instance
                 */
                static create(properties: medmesh.consensus.v1.Header.$Shape): medmesh.consensus.v1.Header & medmesh.consensus.v1.Header.$Shape;
                static create(properties?: medmesh.consensus.v1.Header.$Properties): medmesh.consensus.v1.Header;

                /**
                 * Encodes the specified Header message. Does not implicitly {@link medmesh.consensus.v1.Header.verify|verify} messages.
                 * @param message Header message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.consensus.v1.Header.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Header message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.Header & medmesh.consensus.v1.Header.$Shape} Header
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.consensus.v1.Header & medmesh.consensus.v1.Header.$Shape;

                /**
                 * Gets the type url for Header
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Header {

                /** Properties of a Header. */
                interface $Properties {

                    /** Header chainId */
                    chainId?: (string|null);

                    /** Header height */
                    height?: (number|null);

                    /** Header time */
                    time?: (number|null);

                    /** Header lastBlockHash */
                    lastBlockHash?: (Uint8Array|null);

                    /** Header txRoot */
                    txRoot?: (Uint8Array|null);

                    /** Header appHash */
                    appHash?: (Uint8Array|null);

                    /** Header validatorsHash */
                    validatorsHash?: (Uint8Array|null);

                    /** Header proposer */
                    proposer?: (Uint8Array|null);

                    /** Header lastCommitHash */
                    lastCommitHash?: (Uint8Array|null);

                    /** Header nextValidatorsHash */
                    nextValidatorsHash?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Header. */
                type $Shape = medmesh.consensus.v1.Header.$Properties;
            }

            /**
             * Properties of a CommitSig.
             * @deprecated Use medmesh.consensus.v1.CommitSig.$Properties instead.
             */
            interface ICommitSig extends medmesh.consensus.v1.CommitSig.$Properties {
            }

            /** Represents a CommitSig. */
            class CommitSig {

                /**
                 * Constructs a new CommitSig.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.consensus.v1.CommitSig.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CommitSig validatorIndex. */
                validatorIndex: number;

                /** CommitSig timestamp. */
                timestamp: number;

                /** CommitSig signature. */
                signature: Uint8Array;

                /**
                 * Creates a new CommitSig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CommitSig instance
                 */
                static create(properties: medmesh.consensus.v1.CommitSig.$Shape): medmesh.consensus.v1.CommitSig & medmesh.consensus.v1.CommitSig.$Shape;
                static create(properties?: medmesh.consensus.v1.CommitSig.$Properties): medmesh.consensus.v1.CommitSig;

                /**
                 * Encodes the specified CommitSig message. Does not implicitly {@link medmesh.consensus.v1.CommitSig.verify|verify} messages.
                 * @param message CommitSig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.consensus.v1.CommitSig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CommitSig message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.CommitSig & medmesh.consensus.v1.CommitSig.$Shape} CommitSig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.consensus.v1.CommitSig & medmesh.consensus.v1.CommitSig.$Shape;

                /**
                 * Gets the type url for CommitSig
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CommitSig {

                /** Properties of a CommitSig. */
                interface $Properties {

                    /** CommitSig validatorIndex */
                    validatorIndex?: (number|null);

                    /** CommitSig timestamp */
                    timestamp?: (number|null);

                    /** CommitSig signature */
                    signature?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CommitSig. */
                type $Shape = medmesh.consensus.v1.CommitSig.$Properties;
            }

            /**
             * Properties of a Commit.
             * @deprecated Use medmesh.consensus.v1.Commit.$Properties instead.
             */
            interface ICommit extends medmesh.consensus.v1.Commit.$Properties {
            }

            /** Represents a Commit. */
            class Commit {

                /**
                 * Constructs a new Commit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.consensus.v1.Commit.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Commit height. */
                height: number;

                /** Commit round. */
                round: number;

                /** Commit blockHash. */
                blockHash: Uint8Array;

                /** Commit signatures. */
                signatures: medmesh.consensus.v1.CommitSig.$Properties[];

                /**
                 * Creates a new Commit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Commit instance
                 */
                static create(properties: medmesh.consensus.v1.Commit.$Shape): medmesh.consensus.v1.Commit & medmesh.consensus.v1.Commit.$Shape;
                static create(properties?: medmesh.consensus.v1.Commit.$Properties): medmesh.consensus.v1.Commit;

                /**
                 * Encodes the specified Commit message. Does not implicitly {@link medmesh.consensus.v1.Commit.verify|verify} messages.
                 * @param message Commit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.consensus.v1.Commit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Commit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.Commit & medmesh.consensus.v1.Commit.$Shape} Commit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.consensus.v1.Commit & medmesh.consensus.v1.Commit.$Shape;

                /**
                 * Gets the type url for Commit
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Commit {

                /** Properties of a Commit. */
                interface $Properties {

                    /** Commit height */
                    height?: (number|null);

                    /** Commit round */
                    round?: (number|null);

                    /** Commit blockHash */
                    blockHash?: (Uint8Array|null);

                    /** Commit signatures */
                    signatures?: (medmesh.consensus.v1.CommitSig.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Commit. */
                type $Shape = medmesh.consensus.v1.Commit.$Properties;
            }

            /**
             * Properties of a Block.
             * @deprecated Use medmesh.consensus.v1.Block.$Properties instead.
             */
            interface IBlock extends medmesh.consensus.v1.Block.$Properties {
            }

            /** Represents a Block. */
            class Block {

                /**
                 * Constructs a new Block.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.consensus.v1.Block.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Block header. */
                header?: (medmesh.consensus.v1.Header.$Properties|null);

                /** Block txs. */
                txs: Uint8Array[];

                /** Block lastCommit. */
                lastCommit?: (medmesh.consensus.v1.Commit.$Properties|null);

                /**
                 * Creates a new Block instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Block instance
                 */
                static create(properties: medmesh.consensus.v1.Block.$Shape): medmesh.consensus.v1.Block & medmesh.consensus.v1.Block.$Shape;
                static create(properties?: medmesh.consensus.v1.Block.$Properties): medmesh.consensus.v1.Block;

                /**
                 * Encodes the specified Block message. Does not implicitly {@link medmesh.consensus.v1.Block.verify|verify} messages.
                 * @param message Block message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.consensus.v1.Block.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Block message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.Block & medmesh.consensus.v1.Block.$Shape} Block
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.consensus.v1.Block & medmesh.consensus.v1.Block.$Shape;

                /**
                 * Gets the type url for Block
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Block {

                /** Properties of a Block. */
                interface $Properties {

                    /** Block header */
                    header?: (medmesh.consensus.v1.Header.$Properties|null);

                    /** Block txs */
                    txs?: (Uint8Array[]|null);

                    /** Block lastCommit */
                    lastCommit?: (medmesh.consensus.v1.Commit.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Block. */
                type $Shape = medmesh.consensus.v1.Block.$Properties;
            }

            /**
             * Properties of a ProposalMessage.
             * @deprecated Use medmesh.consensus.v1.ProposalMessage.$Properties instead.
             */
            interface IProposalMessage extends medmesh.consensus.v1.ProposalMessage.$Properties {
            }

            /** Represents a ProposalMessage. */
            class ProposalMessage {

                /**
                 * Constructs a new ProposalMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.consensus.v1.ProposalMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProposalMessage proposal. */
                proposal?: (medmesh.consensus.v1.Proposal.$Properties|null);

                /** ProposalMessage block. */
                block?: (medmesh.consensus.v1.Block.$Properties|null);

                /**
                 * Creates a new ProposalMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProposalMessage instance
                 */
                static create(properties: medmesh.consensus.v1.ProposalMessage.$Shape): medmesh.consensus.v1.ProposalMessage & medmesh.consensus.v1.ProposalMessage.$Shape;
                static create(properties?: medmesh.consensus.v1.ProposalMessage.$Properties): medmesh.consensus.v1.ProposalMessage;

                /**
                 * Encodes the specified ProposalMessage message. Does not implicitly {@link medmesh.consensus.v1.ProposalMessage.verify|verify} messages.
                 * @param message ProposalMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.consensus.v1.ProposalMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProposalMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.ProposalMessage & medmesh.consensus.v1.ProposalMessage.$Shape} ProposalMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.consensus.v1.ProposalMessage & medmesh.consensus.v1.ProposalMessage.$Shape;

                /**
                 * Gets the type url for ProposalMessage
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProposalMessage {

                /** Properties of a ProposalMessage. */
                interface $Properties {

                    /** ProposalMessage proposal */
                    proposal?: (medmesh.consensus.v1.Proposal.$Properties|null);

                    /** ProposalMessage block */
                    block?: (medmesh.consensus.v1.Block.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProposalMessage. */
                type $Shape = medmesh.consensus.v1.ProposalMessage.$Properties;
            }

            /**
             * Properties of a Status.
             * @deprecated Use medmesh.consensus.v1.Status.$Properties instead.
             */
            interface IStatus extends medmesh.consensus.v1.Status.$Properties {
            }

            /** Represents a Status. */
            class Status {

                /**
                 * Constructs a new Status.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.consensus.v1.Status.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Status height. */
                height: number;

                /** Status lastBlockHash. */
                lastBlockHash: Uint8Array;

                /** Status earliestHeight. */
                earliestHeight: number;

                /**
                 * Creates a new Status instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Status instance
                 */
                static create(properties: medmesh.consensus.v1.Status.$Shape): medmesh.consensus.v1.Status & medmesh.consensus.v1.Status.$Shape;
                static create(properties?: medmesh.consensus.v1.Status.$Properties): medmesh.consensus.v1.Status;

                /**
                 * Encodes the specified Status message. Does not implicitly {@link medmesh.consensus.v1.Status.verify|verify} messages.
                 * @param message Status message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.consensus.v1.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Status message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.Status & medmesh.consensus.v1.Status.$Shape} Status
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.consensus.v1.Status & medmesh.consensus.v1.Status.$Shape;

                /**
                 * Gets the type url for Status
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Status {

                /** Properties of a Status. */
                interface $Properties {

                    /** Status height */
                    height?: (number|null);

                    /** Status lastBlockHash */
                    lastBlockHash?: (Uint8Array|null);

                    /** Status earliestHeight */
                    earliestHeight?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Status. */
                type $Shape = medmesh.consensus.v1.Status.$Properties;
            }

            /**
             * Properties of a SyncRequest.
             * @deprecated Use medmesh.consensus.v1.SyncRequest.$Properties instead.
             */
            interface ISyncRequest extends medmesh.consensus.v1.SyncRequest.$Properties {
            }

            /** Represents a SyncRequest. */
            class SyncRequest {

                /**
                 * Constructs a new SyncRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.consensus.v1.SyncRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SyncRequest fromHeight. */
                fromHeight: number;

                /** SyncRequest toHeight. */
                toHeight: number;

                /**
                 * Creates a new SyncRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SyncRequest instance
                 */
                static create(properties: medmesh.consensus.v1.SyncRequest.$Shape): medmesh.consensus.v1.SyncRequest & medmesh.consensus.v1.SyncRequest.$Shape;
                static create(properties?: medmesh.consensus.v1.SyncRequest.$Properties): medmesh.consensus.v1.SyncRequest;

                /**
                 * Encodes the specified SyncRequest message. Does not implicitly {@link medmesh.consensus.v1.SyncRequest.verify|verify} messages.
                 * @param message SyncRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.consensus.v1.SyncRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SyncRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.SyncRequest & medmesh.consensus.v1.SyncRequest.$Shape} SyncRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.consensus.v1.SyncRequest & medmesh.consensus.v1.SyncRequest.$Shape;

                /**
                 * Gets the type url for SyncRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SyncRequest {

                /** Properties of a SyncRequest. */
                interface $Properties {

                    /** SyncRequest fromHeight */
                    fromHeight?: (number|null);

                    /** SyncRequest toHeight */
                    toHeight?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SyncRequest. */
                type $Shape = medmesh.consensus.v1.SyncRequest.$Properties;
            }

            /**
             * Properties of a BlockWithCommit.
             * @deprecated Use medmesh.consensus.v1.BlockWithCommit.$Properties instead.
             */
            interface IBlockWithCommit extends medmesh.consensus.v1.BlockWithCommit.$Properties {
            }

            /** Represents a BlockWithCommit. */
            class BlockWithCommit {

                /**
                 * Constructs a new BlockWithCommit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.consensus.v1.BlockWithCommit.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BlockWithCommit block. */
                block?: (medmesh.consensus.v1.Block.$Properties|null);

                /** BlockWithCommit commit. */
                commit?: (medmesh.consensus.v1.Commit.$Properties|null);

                /**
                 * Creates a new BlockWithCommit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BlockWithCommit instance
                 */
                static create(properties: medmesh.consensus.v1.BlockWithCommit.$Shape): medmesh.consensus.v1.BlockWithCommit & medmesh.consensus.v1.BlockWithCommit.$Shape;
                static create(properties?: medmesh.consensus.v1.BlockWithCommit.$Properties): medmesh.consensus.v1.BlockWithCommit;

                /**
                 * Encodes the specified BlockWithCommit message. Does not implicitly {@link medmesh.consensus.v1.BlockWithCommit.verify|verify} messages.
                 * @param message BlockWithCommit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.consensus.v1.BlockWithCommit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BlockWithCommit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.BlockWithCommit & medmesh.consensus.v1.BlockWithCommit.$Shape} BlockWithCommit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.consensus.v1.BlockWithCommit & medmesh.consensus.v1.BlockWithCommit.$Shape;

                /**
                 * Gets the type url for BlockWithCommit
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace BlockWithCommit {

                /** Properties of a BlockWithCommit. */
                interface $Properties {

                    /** BlockWithCommit block */
                    block?: (medmesh.consensus.v1.Block.$Properties|null);

                    /** BlockWithCommit commit */
                    commit?: (medmesh.consensus.v1.Commit.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BlockWithCommit. */
                type $Shape = medmesh.consensus.v1.BlockWithCommit.$Properties;
            }

            /**
             * Properties of a SyncResponse.
             * @deprecated Use medmesh.consensus.v1.SyncResponse.$Properties instead.
             */
            interface ISyncResponse extends medmesh.consensus.v1.SyncResponse.$Properties {
            }

            /** Represents a SyncResponse. */
            class SyncResponse {

                /**
                 * Constructs a new SyncResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.consensus.v1.SyncResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SyncResponse blocks. */
                blocks: medmesh.consensus.v1.BlockWithCommit.$Properties[];

                /** SyncResponse latestHeight. */
                latestHeight: number;

                /**
                 * Creates a new SyncResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SyncResponse instance
                 */
                static create(properties: medmesh.consensus.v1.SyncResponse.$Shape): medmesh.consensus.v1.SyncResponse & medmesh.consensus.v1.SyncResponse.$Shape;
                static create(properties?: medmesh.consensus.v1.SyncResponse.$Properties): medmesh.consensus.v1.SyncResponse;

                /**
                 * Encodes the specified SyncResponse message. Does not implicitly {@link medmesh.consensus.v1.SyncResponse.verify|verify} messages.
                 * @param message SyncResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.consensus.v1.SyncResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SyncResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.SyncResponse & medmesh.consensus.v1.SyncResponse.$Shape} SyncResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.consensus.v1.SyncResponse & medmesh.consensus.v1.SyncResponse.$Shape;

                /**
                 * Gets the type url for SyncResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SyncResponse {

                /** Properties of a SyncResponse. */
                interface $Properties {

                    /** SyncResponse blocks */
                    blocks?: (medmesh.consensus.v1.BlockWithCommit.$Properties[]|null);

                    /** SyncResponse latestHeight */
                    latestHeight?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SyncResponse. */
                type $Shape = medmesh.consensus.v1.SyncResponse.$Properties;
            }

            /**
             * Properties of a TxGossip.
             * @deprecated Use medmesh.consensus.v1.TxGossip.$Properties instead.
             */
            interface ITxGossip extends medmesh.consensus.v1.TxGossip.$Properties {
            }

            /** Represents a TxGossip. */
            class TxGossip {

                /**
                 * Constructs a new TxGossip.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.consensus.v1.TxGossip.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TxGossip txs. */
                txs: Uint8Array[];

                /**
                 * Creates a new TxGossip instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TxGossip instance
                 */
                static create(properties: medmesh.consensus.v1.TxGossip.$Shape): medmesh.consensus.v1.TxGossip & medmesh.consensus.v1.TxGossip.$Shape;
                static create(properties?: medmesh.consensus.v1.TxGossip.$Properties): medmesh.consensus.v1.TxGossip;

                /**
                 * Encodes the specified TxGossip message. Does not implicitly {@link medmesh.consensus.v1.TxGossip.verify|verify} messages.
                 * @param message TxGossip message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.consensus.v1.TxGossip.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TxGossip message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.TxGossip & medmesh.consensus.v1.TxGossip.$Shape} TxGossip
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.consensus.v1.TxGossip & medmesh.consensus.v1.TxGossip.$Shape;

                /**
                 * Gets the type url for TxGossip
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TxGossip {

                /** Properties of a TxGossip. */
                interface $Properties {

                    /** TxGossip txs */
                    txs?: (Uint8Array[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TxGossip. */
                type $Shape = medmesh.consensus.v1.TxGossip.$Properties;
            }

            /**
             * Properties of a ConsensusMessage.
             * @deprecated Use medmesh.consensus.v1.ConsensusMessage.$Properties instead.
             */
            interface IConsensusMessage extends medmesh.consensus.v1.ConsensusMessage.$Properties {
            }

            /** Represents a ConsensusMessage. */
            class ConsensusMessage {

                /**
                 * Constructs a new ConsensusMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.consensus.v1.ConsensusMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConsensusMessage proposal. */
                proposal?: (medmesh.consensus.v1.ProposalMessage.$Properties|null);

                /** ConsensusMessage vote. */
                vote?: (medmesh.consensus.v1.Vote.$Properties|null);

                /** ConsensusMessage status. */
                status?: (medmesh.consensus.v1.Status.$Properties|null);

                /** ConsensusMessage body. */
                body?: ("proposal"|"vote"|"status");

                /**
                 * Creates a new ConsensusMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConsensusMessage instance
                 */
                static create(properties: medmesh.consensus.v1.ConsensusMessage.$Shape): medmesh.consensus.v1.ConsensusMessage & medmesh.consensus.v1.ConsensusMessage.$Shape;
                static create(properties?: medmesh.consensus.v1.ConsensusMessage.$Properties): medmesh.consensus.v1.ConsensusMessage;

                /**
                 * Encodes the specified ConsensusMessage message. Does not implicitly {@link medmesh.consensus.v1.ConsensusMessage.verify|verify} messages.
                 * @param message ConsensusMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.consensus.v1.ConsensusMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConsensusMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.ConsensusMessage & medmesh.consensus.v1.ConsensusMessage.$Shape} ConsensusMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.consensus.v1.ConsensusMessage & medmesh.consensus.v1.ConsensusMessage.$Shape;

                /**
                 * Gets the type url for ConsensusMessage
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConsensusMessage {

                /** Properties of a ConsensusMessage. */
                interface $Properties {

                    /** ConsensusMessage proposal */
                    proposal?: (medmesh.consensus.v1.ProposalMessage.$Properties|null);

                    /** ConsensusMessage vote */
                    vote?: (medmesh.consensus.v1.Vote.$Properties|null);

                    /** ConsensusMessage status */
                    status?: (medmesh.consensus.v1.Status.$Properties|null);

                    /** ConsensusMessage body */
                    body?: ("proposal"|"vote"|"status");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a ConsensusMessage. */
                type $Shape = {
                  proposal?: medmesh.consensus.v1.ProposalMessage.$Shape|null;
                  vote?: medmesh.consensus.v1.Vote.$Shape|null;
                  status?: medmesh.consensus.v1.Status.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; proposal?: null; vote?: null; status?: null }|{ body?: "proposal"; proposal: medmesh.consensus.v1.ProposalMessage.$Shape; vote?: null; status?: null }|{ body?: "vote"; proposal?: null; vote: medmesh.consensus.v1.Vote.$Shape; status?: null }|{ body?: "status"; proposal?: null; vote?: null; status: medmesh.consensus.v1.Status.$Shape })
                );
            }

            /**
             * Properties of a ValidatorInfo.
             * @deprecated Use medmesh.consensus.v1.ValidatorInfo.$Properties instead.
             */
            interface IValidatorInfo extends medmesh.consensus.v1.ValidatorInfo.$Properties {
            }

            /** Represents a ValidatorInfo. */
            class ValidatorInfo {

                /**
                 * Constructs a new ValidatorInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.consensus.v1.ValidatorInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ValidatorInfo key. */
                key: Uint8Array;

                /** ValidatorInfo power. */
                power: number;

                /** ValidatorInfo org. */
                org: string;

                /**
                 * Creates a new ValidatorInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ValidatorInfo instance
                 */
                static create(properties: medmesh.consensus.v1.ValidatorInfo.$Shape): medmesh.consensus.v1.ValidatorInfo & medmesh.consensus.v1.ValidatorInfo.$Shape;
                static create(properties?: medmesh.consensus.v1.ValidatorInfo.$Properties): medmesh.consensus.v1.ValidatorInfo;

                /**
                 * Encodes the specified ValidatorInfo message. Does not implicitly {@link medmesh.consensus.v1.ValidatorInfo.verify|verify} messages.
                 * @param message ValidatorInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.consensus.v1.ValidatorInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ValidatorInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.ValidatorInfo & medmesh.consensus.v1.ValidatorInfo.$Shape} ValidatorInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.consensus.v1.ValidatorInfo & medmesh.consensus.v1.ValidatorInfo.$Shape;

                /**
                 * Gets the type url for ValidatorInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ValidatorInfo {

                /** Properties of a ValidatorInfo. */
                interface $Properties {

                    /** ValidatorInfo key */
                    key?: (Uint8Array|null);

                    /** ValidatorInfo power */
                    power?: (number|null);

                    /** ValidatorInfo org */
                    org?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ValidatorInfo. */
                type $Shape = medmesh.consensus.v1.ValidatorInfo.$Properties;
            }

            /**
             * Properties of a ValidatorSet.
             * @deprecated Use medmesh.consensus.v1.ValidatorSet.$Properties instead.
             */
            interface IValidatorSet extends medmesh.consensus.v1.ValidatorSet.$Properties {
            }

            /** Represents a ValidatorSet. */
            class ValidatorSet {

                /**
                 * Constructs a new ValidatorSet.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.consensus.v1.ValidatorSet.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ValidatorSet validators. */
                validators: medmesh.consensus.v1.ValidatorInfo.$Properties[];

                /**
                 * Creates a new ValidatorSet instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ValidatorSet instance
                 */
                static create(properties: medmesh.consensus.v1.ValidatorSet.$Shape): medmesh.consensus.v1.ValidatorSet & medmesh.consensus.v1.ValidatorSet.$Shape;
                static create(properties?: medmesh.consensus.v1.ValidatorSet.$Properties): medmesh.consensus.v1.ValidatorSet;

                /**
                 * Encodes the specified ValidatorSet message. Does not implicitly {@link medmesh.consensus.v1.ValidatorSet.verify|verify} messages.
                 * @param message ValidatorSet message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.consensus.v1.ValidatorSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ValidatorSet message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.ValidatorSet & medmesh.consensus.v1.ValidatorSet.$Shape} ValidatorSet
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.consensus.v1.ValidatorSet & medmesh.consensus.v1.ValidatorSet.$Shape;

                /**
                 * Gets the type url for ValidatorSet
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ValidatorSet {

                /** Properties of a ValidatorSet. */
                interface $Properties {

                    /** ValidatorSet validators */
                    validators?: (medmesh.consensus.v1.ValidatorInfo.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ValidatorSet. */
                type $Shape = medmesh.consensus.v1.ValidatorSet.$Properties;
            }
        }
    }

    /** Namespace fl. */
    namespace fl {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a RoundStart.
             * @deprecated Use medmesh.fl.v1.RoundStart.$Properties instead.
             */
            interface IRoundStart extends medmesh.fl.v1.RoundStart.$Properties {
            }

            /** Represents a RoundStart. */
            class RoundStart {

                /**
                 * Constructs a new RoundStart.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.fl.v1.RoundStart.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RoundStart jobId. */
                jobId: Uint8Array;

                /** RoundStart round. */
                round: number;

                /** RoundStart attempt. */
                attempt: number;

                /** RoundStart globalWeights. */
                globalWeights: Uint8Array;

                /** RoundStart globalWeightsHash. */
                globalWeightsHash: Uint8Array;

                /** RoundStart rosterTx. */
                rosterTx: Uint8Array;

                /** RoundStart deadline. */
                deadline: number;

                /** RoundStart hePublicKey. */
                hePublicKey: Uint8Array;

                /** RoundStart coordinator. */
                coordinator: Uint8Array;

                /** RoundStart signature. */
                signature: Uint8Array;

                /**
                 * Creates a new RoundStart instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RoundStart instance
                 */
                static create(properties: medmesh.fl.v1.RoundStart.$Shape): medmesh.fl.v1.RoundStart & medmesh.fl.v1.RoundStart.$Shape;
                static create(properties?: medmesh.fl.v1.RoundStart.$Properties): medmesh.fl.v1.RoundStart;

                /**
                 * Encodes the specified RoundStart message. Does not implicitly {@link medmesh.fl.v1.RoundStart.verify|verify} messages.
                 * @param message RoundStart message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.fl.v1.RoundStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RoundStart message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.RoundStart & medmesh.fl.v1.RoundStart.$Shape} RoundStart
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.fl.v1.RoundStart & medmesh.fl.v1.RoundStart.$Shape;

                /**
                 * Gets the type url for RoundStart
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RoundStart {

                /** Properties of a RoundStart. */
                interface $Properties {

                    /** RoundStart jobId */
                    jobId?: (Uint8Array|null);

                    /** RoundStart round */
                    round?: (number|null);

                    /** RoundStart attempt */
                    attempt?: (number|null);

                    /** RoundStart globalWeights */
                    globalWeights?: (Uint8Array|null);

                    /** RoundStart globalWeightsHash */
                    globalWeightsHash?: (Uint8Array|null);

                    /** RoundStart rosterTx */
                    rosterTx?: (Uint8Array|null);

                    /** RoundStart deadline */
                    deadline?: (number|null);

                    /** RoundStart hePublicKey */
                    hePublicKey?: (Uint8Array|null);

                    /** RoundStart coordinator */
                    coordinator?: (Uint8Array|null);

                    /** RoundStart signature */
                    signature?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RoundStart. */
                type $Shape = medmesh.fl.v1.RoundStart.$Properties;
            }

            /** AggregationMode enum. */
            enum AggregationMode {

                /** AGGREGATION_MODE_UNSPECIFIED value */
                AGGREGATION_MODE_UNSPECIFIED = 0,

                /** AGGREGATION_MODE_PLAIN value */
                AGGREGATION_MODE_PLAIN = 1,

                /** AGGREGATION_MODE_MASKED value */
                AGGREGATION_MODE_MASKED = 2,

                /** AGGREGATION_MODE_SECURE value */
                AGGREGATION_MODE_SECURE = 3
            }

            /**
             * Properties of a MaskedUpdate.
             * @deprecated Use medmesh.fl.v1.MaskedUpdate.$Properties instead.
             */
            interface IMaskedUpdate extends medmesh.fl.v1.MaskedUpdate.$Properties {
            }

            /** Represents a MaskedUpdate. */
            class MaskedUpdate {

                /**
                 * Constructs a new MaskedUpdate.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.fl.v1.MaskedUpdate.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MaskedUpdate jobId. */
                jobId: Uint8Array;

                /** MaskedUpdate round. */
                round: number;

                /** MaskedUpdate attempt. */
                attempt: number;

                /** MaskedUpdate org. */
                org: string;

                /** MaskedUpdate mode. */
                mode: medmesh.fl.v1.AggregationMode;

                /** MaskedUpdate chunks. */
                chunks: Uint8Array[];

                /** MaskedUpdate exampleCount. */
                exampleCount: number;

                /** MaskedUpdate updateHash. */
                updateHash: Uint8Array;

                /** MaskedUpdate parameterCount. */
                parameterCount: number;

                /** MaskedUpdate participant. */
                participant: Uint8Array;

                /** MaskedUpdate signature. */
                signature: Uint8Array;

                /**
                 * Creates a new MaskedUpdate instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MaskedUpdate instance
                 */
                static create(properties: medmesh.fl.v1.MaskedUpdate.$Shape): medmesh.fl.v1.MaskedUpdate & medmesh.fl.v1.MaskedUpdate.$Shape;
                static create(properties?: medmesh.fl.v1.MaskedUpdate.$Properties): medmesh.fl.v1.MaskedUpdate;

                /**
                 * Encodes the specified MaskedUpdate message. Does not implicitly {@link medmesh.fl.v1.MaskedUpdate.verify|verify} messages.
                 * @param message MaskedUpdate message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.fl.v1.MaskedUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MaskedUpdate message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.MaskedUpdate & medmesh.fl.v1.MaskedUpdate.$Shape} MaskedUpdate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.fl.v1.MaskedUpdate & medmesh.fl.v1.MaskedUpdate.$Shape;

                /**
                 * Gets the type url for MaskedUpdate
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MaskedUpdate {

                /** Properties of a MaskedUpdate. */
                interface $Properties {

                    /** MaskedUpdate jobId */
                    jobId?: (Uint8Array|null);

                    /** MaskedUpdate round */
                    round?: (number|null);

                    /** MaskedUpdate attempt */
                    attempt?: (number|null);

                    /** MaskedUpdate org */
                    org?: (string|null);

                    /** MaskedUpdate mode */
                    mode?: (medmesh.fl.v1.AggregationMode|null);

                    /** MaskedUpdate chunks */
                    chunks?: (Uint8Array[]|null);

                    /** MaskedUpdate exampleCount */
                    exampleCount?: (number|null);

                    /** MaskedUpdate updateHash */
                    updateHash?: (Uint8Array|null);

                    /** MaskedUpdate parameterCount */
                    parameterCount?: (number|null);

                    /** MaskedUpdate participant */
                    participant?: (Uint8Array|null);

                    /** MaskedUpdate signature */
                    signature?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MaskedUpdate. */
                type $Shape = medmesh.fl.v1.MaskedUpdate.$Properties;
            }

            /**
             * Properties of an AggregateSum.
             * @deprecated Use medmesh.fl.v1.AggregateSum.$Properties instead.
             */
            interface IAggregateSum extends medmesh.fl.v1.AggregateSum.$Properties {
            }

            /** Represents an AggregateSum. */
            class AggregateSum {

                /**
                 * Constructs a new AggregateSum.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.fl.v1.AggregateSum.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AggregateSum jobId. */
                jobId: Uint8Array;

                /** AggregateSum round. */
                round: number;

                /** AggregateSum attempt. */
                attempt: number;

                /** AggregateSum mode. */
                mode: medmesh.fl.v1.AggregationMode;

                /** AggregateSum chunks. */
                chunks: Uint8Array[];

                /** AggregateSum orgs. */
                orgs: string[];

                /** AggregateSum updateHashes. */
                updateHashes: Uint8Array[];

                /** AggregateSum totalExamples. */
                totalExamples: number;

                /** AggregateSum parameterCount. */
                parameterCount: number;

                /** AggregateSum aggregator. */
                aggregator: Uint8Array;

                /** AggregateSum signature. */
                signature: Uint8Array;

                /**
                 * Creates a new AggregateSum instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AggregateSum instance
                 */
                static create(properties: medmesh.fl.v1.AggregateSum.$Shape): medmesh.fl.v1.AggregateSum & medmesh.fl.v1.AggregateSum.$Shape;
                static create(properties?: medmesh.fl.v1.AggregateSum.$Properties): medmesh.fl.v1.AggregateSum;

                /**
                 * Encodes the specified AggregateSum message. Does not implicitly {@link medmesh.fl.v1.AggregateSum.verify|verify} messages.
                 * @param message AggregateSum message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.fl.v1.AggregateSum.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AggregateSum message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.AggregateSum & medmesh.fl.v1.AggregateSum.$Shape} AggregateSum
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.fl.v1.AggregateSum & medmesh.fl.v1.AggregateSum.$Shape;

                /**
                 * Gets the type url for AggregateSum
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AggregateSum {

                /** Properties of an AggregateSum. */
                interface $Properties {

                    /** AggregateSum jobId */
                    jobId?: (Uint8Array|null);

                    /** AggregateSum round */
                    round?: (number|null);

                    /** AggregateSum attempt */
                    attempt?: (number|null);

                    /** AggregateSum mode */
                    mode?: (medmesh.fl.v1.AggregationMode|null);

                    /** AggregateSum chunks */
                    chunks?: (Uint8Array[]|null);

                    /** AggregateSum orgs */
                    orgs?: (string[]|null);

                    /** AggregateSum updateHashes */
                    updateHashes?: (Uint8Array[]|null);

                    /** AggregateSum totalExamples */
                    totalExamples?: (number|null);

                    /** AggregateSum parameterCount */
                    parameterCount?: (number|null);

                    /** AggregateSum aggregator */
                    aggregator?: (Uint8Array|null);

                    /** AggregateSum signature */
                    signature?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AggregateSum. */
                type $Shape = medmesh.fl.v1.AggregateSum.$Properties;
            }

            /**
             * Properties of a RoundResult.
             * @deprecated Use medmesh.fl.v1.RoundResult.$Properties instead.
             */
            interface IRoundResult extends medmesh.fl.v1.RoundResult.$Properties {
            }

            /** Represents a RoundResult. */
            class RoundResult {

                /**
                 * Constructs a new RoundResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.fl.v1.RoundResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RoundResult jobId. */
                jobId: Uint8Array;

                /** RoundResult round. */
                round: number;

                /** RoundResult attempt. */
                attempt: number;

                /** RoundResult globalWeights. */
                globalWeights: Uint8Array;

                /** RoundResult globalWeightsHash. */
                globalWeightsHash: Uint8Array;

                /** RoundResult aggregateHash. */
                aggregateHash: Uint8Array;

                /** RoundResult keyHolder. */
                keyHolder: Uint8Array;

                /** RoundResult signature. */
                signature: Uint8Array;

                /**
                 * Creates a new RoundResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RoundResult instance
                 */
                static create(properties: medmesh.fl.v1.RoundResult.$Shape): medmesh.fl.v1.RoundResult & medmesh.fl.v1.RoundResult.$Shape;
                static create(properties?: medmesh.fl.v1.RoundResult.$Properties): medmesh.fl.v1.RoundResult;

                /**
                 * Encodes the specified RoundResult message. Does not implicitly {@link medmesh.fl.v1.RoundResult.verify|verify} messages.
                 * @param message RoundResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.fl.v1.RoundResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RoundResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.RoundResult & medmesh.fl.v1.RoundResult.$Shape} RoundResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.fl.v1.RoundResult & medmesh.fl.v1.RoundResult.$Shape;

                /**
                 * Gets the type url for RoundResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RoundResult {

                /** Properties of a RoundResult. */
                interface $Properties {

                    /** RoundResult jobId */
                    jobId?: (Uint8Array|null);

                    /** RoundResult round */
                    round?: (number|null);

                    /** RoundResult attempt */
                    attempt?: (number|null);

                    /** RoundResult globalWeights */
                    globalWeights?: (Uint8Array|null);

                    /** RoundResult globalWeightsHash */
                    globalWeightsHash?: (Uint8Array|null);

                    /** RoundResult aggregateHash */
                    aggregateHash?: (Uint8Array|null);

                    /** RoundResult keyHolder */
                    keyHolder?: (Uint8Array|null);

                    /** RoundResult signature */
                    signature?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RoundResult. */
                type $Shape = medmesh.fl.v1.RoundResult.$Properties;
            }

            /**
             * Properties of a FlAck.
             * @deprecated Use medmesh.fl.v1.FlAck.$Properties instead.
             */
            interface IFlAck extends medmesh.fl.v1.FlAck.$Properties {
            }

            /** Represents a FlAck. */
            class FlAck {

                /**
                 * Constructs a new FlAck.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.fl.v1.FlAck.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FlAck ok. */
                ok: boolean;

                /** FlAck error. */
                error: string;

                /**
                 * Creates a new FlAck instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FlAck instance
                 */
                static create(properties: medmesh.fl.v1.FlAck.$Shape): medmesh.fl.v1.FlAck & medmesh.fl.v1.FlAck.$Shape;
                static create(properties?: medmesh.fl.v1.FlAck.$Properties): medmesh.fl.v1.FlAck;

                /**
                 * Encodes the specified FlAck message. Does not implicitly {@link medmesh.fl.v1.FlAck.verify|verify} messages.
                 * @param message FlAck message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.fl.v1.FlAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FlAck message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.FlAck & medmesh.fl.v1.FlAck.$Shape} FlAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.fl.v1.FlAck & medmesh.fl.v1.FlAck.$Shape;

                /**
                 * Gets the type url for FlAck
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FlAck {

                /** Properties of a FlAck. */
                interface $Properties {

                    /** FlAck ok */
                    ok?: (boolean|null);

                    /** FlAck error */
                    error?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FlAck. */
                type $Shape = medmesh.fl.v1.FlAck.$Properties;
            }

            /**
             * Properties of a RoundPrepare.
             * @deprecated Use medmesh.fl.v1.RoundPrepare.$Properties instead.
             */
            interface IRoundPrepare extends medmesh.fl.v1.RoundPrepare.$Properties {
            }

            /** Represents a RoundPrepare. */
            class RoundPrepare {

                /**
                 * Constructs a new RoundPrepare.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.fl.v1.RoundPrepare.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RoundPrepare jobId. */
                jobId: Uint8Array;

                /** RoundPrepare round. */
                round: number;

                /** RoundPrepare attempt. */
                attempt: number;

                /** RoundPrepare coordinator. */
                coordinator: Uint8Array;

                /** RoundPrepare issuedAt. */
                issuedAt: number;

                /** RoundPrepare signature. */
                signature: Uint8Array;

                /**
                 * Creates a new RoundPrepare instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RoundPrepare instance
                 */
                static create(properties: medmesh.fl.v1.RoundPrepare.$Shape): medmesh.fl.v1.RoundPrepare & medmesh.fl.v1.RoundPrepare.$Shape;
                static create(properties?: medmesh.fl.v1.RoundPrepare.$Properties): medmesh.fl.v1.RoundPrepare;

                /**
                 * Encodes the specified RoundPrepare message. Does not implicitly {@link medmesh.fl.v1.RoundPrepare.verify|verify} messages.
                 * @param message RoundPrepare message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.fl.v1.RoundPrepare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RoundPrepare message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.RoundPrepare & medmesh.fl.v1.RoundPrepare.$Shape} RoundPrepare
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.fl.v1.RoundPrepare & medmesh.fl.v1.RoundPrepare.$Shape;

                /**
                 * Gets the type url for RoundPrepare
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RoundPrepare {

                /** Properties of a RoundPrepare. */
                interface $Properties {

                    /** RoundPrepare jobId */
                    jobId?: (Uint8Array|null);

                    /** RoundPrepare round */
                    round?: (number|null);

                    /** RoundPrepare attempt */
                    attempt?: (number|null);

                    /** RoundPrepare coordinator */
                    coordinator?: (Uint8Array|null);

                    /** RoundPrepare issuedAt */
                    issuedAt?: (number|null);

                    /** RoundPrepare signature */
                    signature?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RoundPrepare. */
                type $Shape = medmesh.fl.v1.RoundPrepare.$Properties;
            }

            /**
             * Properties of a RoundJoin.
             * @deprecated Use medmesh.fl.v1.RoundJoin.$Properties instead.
             */
            interface IRoundJoin extends medmesh.fl.v1.RoundJoin.$Properties {
            }

            /** Represents a RoundJoin. */
            class RoundJoin {

                /**
                 * Constructs a new RoundJoin.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.fl.v1.RoundJoin.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RoundJoin jobId. */
                jobId: Uint8Array;

                /** RoundJoin round. */
                round: number;

                /** RoundJoin attempt. */
                attempt: number;

                /** RoundJoin org. */
                org: string;

                /** RoundJoin maskKey. */
                maskKey: Uint8Array;

                /** RoundJoin participant. */
                participant: Uint8Array;

                /** RoundJoin signature. */
                signature: Uint8Array;

                /**
                 * Creates a new RoundJoin instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RoundJoin instance
                 */
                static create(properties: medmesh.fl.v1.RoundJoin.$Shape): medmesh.fl.v1.RoundJoin & medmesh.fl.v1.RoundJoin.$Shape;
                static create(properties?: medmesh.fl.v1.RoundJoin.$Properties): medmesh.fl.v1.RoundJoin;

                /**
                 * Encodes the specified RoundJoin message. Does not implicitly {@link medmesh.fl.v1.RoundJoin.verify|verify} messages.
                 * @param message RoundJoin message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.fl.v1.RoundJoin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RoundJoin message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.RoundJoin & medmesh.fl.v1.RoundJoin.$Shape} RoundJoin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.fl.v1.RoundJoin & medmesh.fl.v1.RoundJoin.$Shape;

                /**
                 * Gets the type url for RoundJoin
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RoundJoin {

                /** Properties of a RoundJoin. */
                interface $Properties {

                    /** RoundJoin jobId */
                    jobId?: (Uint8Array|null);

                    /** RoundJoin round */
                    round?: (number|null);

                    /** RoundJoin attempt */
                    attempt?: (number|null);

                    /** RoundJoin org */
                    org?: (string|null);

                    /** RoundJoin maskKey */
                    maskKey?: (Uint8Array|null);

                    /** RoundJoin participant */
                    participant?: (Uint8Array|null);

                    /** RoundJoin signature */
                    signature?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RoundJoin. */
                type $Shape = medmesh.fl.v1.RoundJoin.$Properties;
            }

            /**
             * Properties of a FeatureStatsRequest.
             * @deprecated Use medmesh.fl.v1.FeatureStatsRequest.$Properties instead.
             */
            interface IFeatureStatsRequest extends medmesh.fl.v1.FeatureStatsRequest.$Properties {
            }

            /** Represents a FeatureStatsRequest. */
            class FeatureStatsRequest {

                /**
                 * Constructs a new FeatureStatsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.fl.v1.FeatureStatsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FeatureStatsRequest jobId. */
                jobId: Uint8Array;

                /** FeatureStatsRequest coordinator. */
                coordinator: Uint8Array;

                /** FeatureStatsRequest featureCount. */
                featureCount: number;

                /** FeatureStatsRequest orgs. */
                orgs: string[];

                /** FeatureStatsRequest issuedAt. */
                issuedAt: number;

                /** FeatureStatsRequest signature. */
                signature: Uint8Array;

                /**
                 * Creates a new FeatureStatsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FeatureStatsRequest instance
                 */
                static create(properties: medmesh.fl.v1.FeatureStatsRequest.$Shape): medmesh.fl.v1.FeatureStatsRequest & medmesh.fl.v1.FeatureStatsRequest.$Shape;
                static create(properties?: medmesh.fl.v1.FeatureStatsRequest.$Properties): medmesh.fl.v1.FeatureStatsRequest;

                /**
                 * Encodes the specified FeatureStatsRequest message. Does not implicitly {@link medmesh.fl.v1.FeatureStatsRequest.verify|verify} messages.
                 * @param message FeatureStatsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.fl.v1.FeatureStatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FeatureStatsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.FeatureStatsRequest & medmesh.fl.v1.FeatureStatsRequest.$Shape} FeatureStatsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.fl.v1.FeatureStatsRequest & medmesh.fl.v1.FeatureStatsRequest.$Shape;

                /**
                 * Gets the type url for FeatureStatsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FeatureStatsRequest {

                /** Properties of a FeatureStatsRequest. */
                interface $Properties {

                    /** FeatureStatsRequest jobId */
                    jobId?: (Uint8Array|null);

                    /** FeatureStatsRequest coordinator */
                    coordinator?: (Uint8Array|null);

                    /** FeatureStatsRequest featureCount */
                    featureCount?: (number|null);

                    /** FeatureStatsRequest orgs */
                    orgs?: (string[]|null);

                    /** FeatureStatsRequest issuedAt */
                    issuedAt?: (number|null);

                    /** FeatureStatsRequest signature */
                    signature?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FeatureStatsRequest. */
                type $Shape = medmesh.fl.v1.FeatureStatsRequest.$Properties;
            }

            /**
             * Properties of a FeatureStats.
             * @deprecated Use medmesh.fl.v1.FeatureStats.$Properties instead.
             */
            interface IFeatureStats extends medmesh.fl.v1.FeatureStats.$Properties {
            }

            /** Represents a FeatureStats. */
            class FeatureStats {

                /**
                 * Constructs a new FeatureStats.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.fl.v1.FeatureStats.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FeatureStats jobId. */
                jobId: Uint8Array;

                /** FeatureStats org. */
                org: string;

                /** FeatureStats count. */
                count: number;

                /** FeatureStats mean. */
                mean: Uint8Array;

                /** FeatureStats m2. */
                m2: Uint8Array;

                /** FeatureStats participant. */
                participant: Uint8Array;

                /** FeatureStats columnCounts. */
                columnCounts: Uint8Array;

                /** FeatureStats dpMoments. */
                dpMoments: Uint8Array;

                /** FeatureStats signature. */
                signature: Uint8Array;

                /**
                 * Creates a new FeatureStats instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FeatureStats instance
                 */
                static create(properties: medmesh.fl.v1.FeatureStats.$Shape): medmesh.fl.v1.FeatureStats & medmesh.fl.v1.FeatureStats.$Shape;
                static create(properties?: medmesh.fl.v1.FeatureStats.$Properties): medmesh.fl.v1.FeatureStats;

                /**
                 * Encodes the specified FeatureStats message. Does not implicitly {@link medmesh.fl.v1.FeatureStats.verify|verify} messages.
                 * @param message FeatureStats message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.fl.v1.FeatureStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FeatureStats message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.FeatureStats & medmesh.fl.v1.FeatureStats.$Shape} FeatureStats
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.fl.v1.FeatureStats & medmesh.fl.v1.FeatureStats.$Shape;

                /**
                 * Gets the type url for FeatureStats
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FeatureStats {

                /** Properties of a FeatureStats. */
                interface $Properties {

                    /** FeatureStats jobId */
                    jobId?: (Uint8Array|null);

                    /** FeatureStats org */
                    org?: (string|null);

                    /** FeatureStats count */
                    count?: (number|null);

                    /** FeatureStats mean */
                    mean?: (Uint8Array|null);

                    /** FeatureStats m2 */
                    m2?: (Uint8Array|null);

                    /** FeatureStats participant */
                    participant?: (Uint8Array|null);

                    /** FeatureStats columnCounts */
                    columnCounts?: (Uint8Array|null);

                    /** FeatureStats dpMoments */
                    dpMoments?: (Uint8Array|null);

                    /** FeatureStats signature */
                    signature?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FeatureStats. */
                type $Shape = medmesh.fl.v1.FeatureStats.$Properties;
            }

            /**
             * Properties of a JobSetup.
             * @deprecated Use medmesh.fl.v1.JobSetup.$Properties instead.
             */
            interface IJobSetup extends medmesh.fl.v1.JobSetup.$Properties {
            }

            /** Represents a JobSetup. */
            class JobSetup {

                /**
                 * Constructs a new JobSetup.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.fl.v1.JobSetup.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** JobSetup jobId. */
                jobId: Uint8Array;

                /** JobSetup mean. */
                mean: Uint8Array;

                /** JobSetup std. */
                std: Uint8Array;

                /** JobSetup coordinator. */
                coordinator: Uint8Array;

                /** JobSetup count. */
                count: number;

                /** JobSetup orgs. */
                orgs: string[];

                /** JobSetup signature. */
                signature: Uint8Array;

                /**
                 * Creates a new JobSetup instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns JobSetup instance
                 */
                static create(properties: medmesh.fl.v1.JobSetup.$Shape): medmesh.fl.v1.JobSetup & medmesh.fl.v1.JobSetup.$Shape;
                static create(properties?: medmesh.fl.v1.JobSetup.$Properties): medmesh.fl.v1.JobSetup;

                /**
                 * Encodes the specified JobSetup message. Does not implicitly {@link medmesh.fl.v1.JobSetup.verify|verify} messages.
                 * @param message JobSetup message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.fl.v1.JobSetup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a JobSetup message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.JobSetup & medmesh.fl.v1.JobSetup.$Shape} JobSetup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.fl.v1.JobSetup & medmesh.fl.v1.JobSetup.$Shape;

                /**
                 * Gets the type url for JobSetup
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace JobSetup {

                /** Properties of a JobSetup. */
                interface $Properties {

                    /** JobSetup jobId */
                    jobId?: (Uint8Array|null);

                    /** JobSetup mean */
                    mean?: (Uint8Array|null);

                    /** JobSetup std */
                    std?: (Uint8Array|null);

                    /** JobSetup coordinator */
                    coordinator?: (Uint8Array|null);

                    /** JobSetup count */
                    count?: (number|null);

                    /** JobSetup orgs */
                    orgs?: (string[]|null);

                    /** JobSetup signature */
                    signature?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a JobSetup. */
                type $Shape = medmesh.fl.v1.JobSetup.$Properties;
            }

            /**
             * Properties of a GraphRequest.
             * @deprecated Use medmesh.fl.v1.GraphRequest.$Properties instead.
             */
            interface IGraphRequest extends medmesh.fl.v1.GraphRequest.$Properties {
            }

            /** Represents a GraphRequest. */
            class GraphRequest {

                /**
                 * Constructs a new GraphRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.fl.v1.GraphRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GraphRequest jobId. */
                jobId: Uint8Array;

                /** GraphRequest graphHash. */
                graphHash: Uint8Array;

                /**
                 * Creates a new GraphRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GraphRequest instance
                 */
                static create(properties: medmesh.fl.v1.GraphRequest.$Shape): medmesh.fl.v1.GraphRequest & medmesh.fl.v1.GraphRequest.$Shape;
                static create(properties?: medmesh.fl.v1.GraphRequest.$Properties): medmesh.fl.v1.GraphRequest;

                /**
                 * Encodes the specified GraphRequest message. Does not implicitly {@link medmesh.fl.v1.GraphRequest.verify|verify} messages.
                 * @param message GraphRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.fl.v1.GraphRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GraphRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.GraphRequest & medmesh.fl.v1.GraphRequest.$Shape} GraphRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.fl.v1.GraphRequest & medmesh.fl.v1.GraphRequest.$Shape;

                /**
                 * Gets the type url for GraphRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GraphRequest {

                /** Properties of a GraphRequest. */
                interface $Properties {

                    /** GraphRequest jobId */
                    jobId?: (Uint8Array|null);

                    /** GraphRequest graphHash */
                    graphHash?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GraphRequest. */
                type $Shape = medmesh.fl.v1.GraphRequest.$Properties;
            }

            /**
             * Properties of a FlRequest.
             * @deprecated Use medmesh.fl.v1.FlRequest.$Properties instead.
             */
            interface IFlRequest extends medmesh.fl.v1.FlRequest.$Properties {
            }

            /** Represents a FlRequest. */
            class FlRequest {

                /**
                 * Constructs a new FlRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.fl.v1.FlRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FlRequest roundPrepare. */
                roundPrepare?: (medmesh.fl.v1.RoundPrepare.$Properties|null);

                /** FlRequest roundStart. */
                roundStart?: (medmesh.fl.v1.RoundStart.$Properties|null);

                /** FlRequest maskedUpdate. */
                maskedUpdate?: (medmesh.fl.v1.MaskedUpdate.$Properties|null);

                /** FlRequest aggregateSum. */
                aggregateSum?: (medmesh.fl.v1.AggregateSum.$Properties|null);

                /** FlRequest roundResult. */
                roundResult?: (medmesh.fl.v1.RoundResult.$Properties|null);

                /** FlRequest featureStatsRequest. */
                featureStatsRequest?: (medmesh.fl.v1.FeatureStatsRequest.$Properties|null);

                /** FlRequest jobSetup. */
                jobSetup?: (medmesh.fl.v1.JobSetup.$Properties|null);

                /** FlRequest graphRequest. */
                graphRequest?: (medmesh.fl.v1.GraphRequest.$Properties|null);

                /** FlRequest body. */
                body?: ("roundPrepare"|"roundStart"|"maskedUpdate"|"aggregateSum"|"roundResult"|"featureStatsRequest"|"jobSetup"|"graphRequest");

                /**
                 * Creates a new FlRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FlRequest instance
                 */
                static create(properties: medmesh.fl.v1.FlRequest.$Shape): medmesh.fl.v1.FlRequest & medmesh.fl.v1.FlRequest.$Shape;
                static create(properties?: medmesh.fl.v1.FlRequest.$Properties): medmesh.fl.v1.FlRequest;

                /**
                 * Encodes the specified FlRequest message. Does not implicitly {@link medmesh.fl.v1.FlRequest.verify|verify} messages.
                 * @param message FlRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.fl.v1.FlRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FlRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.FlRequest & medmesh.fl.v1.FlRequest.$Shape} FlRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.fl.v1.FlRequest & medmesh.fl.v1.FlRequest.$Shape;

                /**
                 * Gets the type url for FlRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FlRequest {

                /** Properties of a FlRequest. */
                interface $Properties {

                    /** FlRequest roundPrepare */
                    roundPrepare?: (medmesh.fl.v1.RoundPrepare.$Properties|null);

                    /** FlRequest roundStart */
                    roundStart?: (medmesh.fl.v1.RoundStart.$Properties|null);

                    /** FlRequest maskedUpdate */
                    maskedUpdate?: (medmesh.fl.v1.MaskedUpdate.$Properties|null);

                    /** FlRequest aggregateSum */
                    aggregateSum?: (medmesh.fl.v1.AggregateSum.$Properties|null);

                    /** FlRequest roundResult */
                    roundResult?: (medmesh.fl.v1.RoundResult.$Properties|null);

                    /** FlRequest featureStatsRequest */
                    featureStatsRequest?: (medmesh.fl.v1.FeatureStatsRequest.$Properties|null);

                    /** FlRequest jobSetup */
                    jobSetup?: (medmesh.fl.v1.JobSetup.$Properties|null);

                    /** FlRequest graphRequest */
                    graphRequest?: (medmesh.fl.v1.GraphRequest.$Properties|null);

                    /** FlRequest body */
                    body?: ("roundPrepare"|"roundStart"|"maskedUpdate"|"aggregateSum"|"roundResult"|"featureStatsRequest"|"jobSetup"|"graphRequest");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a FlRequest. */
                type $Shape = {
                  roundPrepare?: medmesh.fl.v1.RoundPrepare.$Shape|null;
                  roundStart?: medmesh.fl.v1.RoundStart.$Shape|null;
                  maskedUpdate?: medmesh.fl.v1.MaskedUpdate.$Shape|null;
                  aggregateSum?: medmesh.fl.v1.AggregateSum.$Shape|null;
                  roundResult?: medmesh.fl.v1.RoundResult.$Shape|null;
                  featureStatsRequest?: medmesh.fl.v1.FeatureStatsRequest.$Shape|null;
                  jobSetup?: medmesh.fl.v1.JobSetup.$Shape|null;
                  graphRequest?: medmesh.fl.v1.GraphRequest.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; roundPrepare?: null; roundStart?: null; maskedUpdate?: null; aggregateSum?: null; roundResult?: null; featureStatsRequest?: null; jobSetup?: null; graphRequest?: null }|{ body?: "roundPrepare"; roundPrepare: medmesh.fl.v1.RoundPrepare.$Shape; roundStart?: null; maskedUpdate?: null; aggregateSum?: null; roundResult?: null; featureStatsRequest?: null; jobSetup?: null; graphRequest?: null }|{ body?: "roundStart"; roundPrepare?: null; roundStart: medmesh.fl.v1.RoundStart.$Shape; maskedUpdate?: null; aggregateSum?: null; roundResult?: null; featureStatsRequest?: null; jobSetup?: null; graphRequest?: null }|{ body?: "maskedUpdate"; roundPrepare?: null; roundStart?: null; maskedUpdate: medmesh.fl.v1.MaskedUpdate.$Shape; aggregateSum?: null; roundResult?: null; featureStatsRequest?: null; jobSetup?: null; graphRequest?: null }|{ body?: "aggregateSum"; roundPrepare?: null; roundStart?: null; maskedUpdate?: null; aggregateSum: medmesh.fl.v1.AggregateSum.$Shape; roundResult?: null; featureStatsRequest?: null; jobSetup?: null; graphRequest?: null }|{ body?: "roundResult"; roundPrepare?: null; roundStart?: null; maskedUpdate?: null; aggregateSum?: null; roundResult: medmesh.fl.v1.RoundResult.$Shape; featureStatsRequest?: null; jobSetup?: null; graphRequest?: null }|{ body?: "featureStatsRequest"; roundPrepare?: null; roundStart?: null; maskedUpdate?: null; aggregateSum?: null; roundResult?: null; featureStatsRequest: medmesh.fl.v1.FeatureStatsRequest.$Shape; jobSetup?: null; graphRequest?: null }|{ body?: "jobSetup"; roundPrepare?: null; roundStart?: null; maskedUpdate?: null; aggregateSum?: null; roundResult?: null; featureStatsRequest?: null; jobSetup: medmesh.fl.v1.JobSetup.$Shape; graphRequest?: null }|{ body?: "graphRequest"; roundPrepare?: null; roundStart?: null; maskedUpdate?: null; aggregateSum?: null; roundResult?: null; featureStatsRequest?: null; jobSetup?: null; graphRequest: medmesh.fl.v1.GraphRequest.$Shape })
                );
            }

            /**
             * Properties of a FlResponse.
             * @deprecated Use medmesh.fl.v1.FlResponse.$Properties instead.
             */
            interface IFlResponse extends medmesh.fl.v1.FlResponse.$Properties {
            }

            /** Represents a FlResponse. */
            class FlResponse {

                /**
                 * Constructs a new FlResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.fl.v1.FlResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FlResponse ok. */
                ok: boolean;

                /** FlResponse code. */
                code: string;

                /** FlResponse error. */
                error: string;

                /** FlResponse join. */
                join?: (medmesh.fl.v1.RoundJoin.$Properties|null);

                /** FlResponse result. */
                result?: (medmesh.fl.v1.RoundResult.$Properties|null);

                /** FlResponse stats. */
                stats?: (medmesh.fl.v1.FeatureStats.$Properties|null);

                /** FlResponse graph. */
                graph: Uint8Array;

                /**
                 * Creates a new FlResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FlResponse instance
                 */
                static create(properties: medmesh.fl.v1.FlResponse.$Shape): medmesh.fl.v1.FlResponse & medmesh.fl.v1.FlResponse.$Shape;
                static create(properties?: medmesh.fl.v1.FlResponse.$Properties): medmesh.fl.v1.FlResponse;

                /**
                 * Encodes the specified FlResponse message. Does not implicitly {@link medmesh.fl.v1.FlResponse.verify|verify} messages.
                 * @param message FlResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.fl.v1.FlResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FlResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.FlResponse & medmesh.fl.v1.FlResponse.$Shape} FlResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.fl.v1.FlResponse & medmesh.fl.v1.FlResponse.$Shape;

                /**
                 * Gets the type url for FlResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FlResponse {

                /** Properties of a FlResponse. */
                interface $Properties {

                    /** FlResponse ok */
                    ok?: (boolean|null);

                    /** FlResponse code */
                    code?: (string|null);

                    /** FlResponse error */
                    error?: (string|null);

                    /** FlResponse join */
                    join?: (medmesh.fl.v1.RoundJoin.$Properties|null);

                    /** FlResponse result */
                    result?: (medmesh.fl.v1.RoundResult.$Properties|null);

                    /** FlResponse stats */
                    stats?: (medmesh.fl.v1.FeatureStats.$Properties|null);

                    /** FlResponse graph */
                    graph?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FlResponse. */
                type $Shape = medmesh.fl.v1.FlResponse.$Properties;
            }
        }
    }

    /** Namespace records. */
    namespace records {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a RecordRequest.
             * @deprecated Use medmesh.records.v1.RecordRequest.$Properties instead.
             */
            interface IRecordRequest extends medmesh.records.v1.RecordRequest.$Properties {
            }

            /** Represents a RecordRequest. */
            class RecordRequest {

                /**
                 * Constructs a new RecordRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.records.v1.RecordRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RecordRequest credential. */
                credential?: (medmesh.common.v1.Credential.$Properties|null);

                /** RecordRequest pseudonym. */
                pseudonym: Uint8Array;

                /** RecordRequest categories. */
                categories: string[];

                /** RecordRequest purpose. */
                purpose: medmesh.common.v1.Purpose;

                /** RecordRequest nonce. */
                nonce: Uint8Array;

                /** RecordRequest issuedAt. */
                issuedAt: number;

                /** RecordRequest ephemeralKey. */
                ephemeralKey: Uint8Array;

                /** RecordRequest breakGlassReason. */
                breakGlassReason: string;

                /** RecordRequest holderOrg. */
                holderOrg: string;

                /** RecordRequest signature. */
                signature: Uint8Array;

                /**
                 * Creates a new RecordRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RecordRequest instance
                 */
                static create(properties: medmesh.records.v1.RecordRequest.$Shape): medmesh.records.v1.RecordRequest & medmesh.records.v1.RecordRequest.$Shape;
                static create(properties?: medmesh.records.v1.RecordRequest.$Properties): medmesh.records.v1.RecordRequest;

                /**
                 * Encodes the specified RecordRequest message. Does not implicitly {@link medmesh.records.v1.RecordRequest.verify|verify} messages.
                 * @param message RecordRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.records.v1.RecordRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RecordRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.records.v1.RecordRequest & medmesh.records.v1.RecordRequest.$Shape} RecordRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.records.v1.RecordRequest & medmesh.records.v1.RecordRequest.$Shape;

                /**
                 * Gets the type url for RecordRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RecordRequest {

                /** Properties of a RecordRequest. */
                interface $Properties {

                    /** RecordRequest credential */
                    credential?: (medmesh.common.v1.Credential.$Properties|null);

                    /** RecordRequest pseudonym */
                    pseudonym?: (Uint8Array|null);

                    /** RecordRequest categories */
                    categories?: (string[]|null);

                    /** RecordRequest purpose */
                    purpose?: (medmesh.common.v1.Purpose|null);

                    /** RecordRequest nonce */
                    nonce?: (Uint8Array|null);

                    /** RecordRequest issuedAt */
                    issuedAt?: (number|null);

                    /** RecordRequest ephemeralKey */
                    ephemeralKey?: (Uint8Array|null);

                    /** RecordRequest breakGlassReason */
                    breakGlassReason?: (string|null);

                    /** RecordRequest holderOrg */
                    holderOrg?: (string|null);

                    /** RecordRequest signature */
                    signature?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RecordRequest. */
                type $Shape = medmesh.records.v1.RecordRequest.$Properties;
            }

            /**
             * Properties of an AccessReceipt.
             * @deprecated Use medmesh.records.v1.AccessReceipt.$Properties instead.
             */
            interface IAccessReceipt extends medmesh.records.v1.AccessReceipt.$Properties {
            }

            /** Represents an AccessReceipt. */
            class AccessReceipt {

                /**
                 * Constructs a new AccessReceipt.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.records.v1.AccessReceipt.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AccessReceipt txHash. */
                txHash: Uint8Array;

                /** AccessReceipt height. */
                height: number;

                /** AccessReceipt tx. */
                tx: Uint8Array;

                /**
                 * Creates a new AccessReceipt instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AccessReceipt instance
                 */
                static create(properties: medmesh.records.v1.AccessReceipt.$Shape): medmesh.records.v1.AccessReceipt & medmesh.records.v1.AccessReceipt.$Shape;
                static create(properties?: medmesh.records.v1.AccessReceipt.$Properties): medmesh.records.v1.AccessReceipt;

                /**
                 * Encodes the specified AccessReceipt message. Does not implicitly {@link medmesh.records.v1.AccessReceipt.verify|verify} messages.
                 * @param message AccessReceipt message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.records.v1.AccessReceipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AccessReceipt message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.records.v1.AccessReceipt & medmesh.records.v1.AccessReceipt.$Shape} AccessReceipt
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.records.v1.AccessReceipt & medmesh.records.v1.AccessReceipt.$Shape;

                /**
                 * Gets the type url for AccessReceipt
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AccessReceipt {

                /** Properties of an AccessReceipt. */
                interface $Properties {

                    /** AccessReceipt txHash */
                    txHash?: (Uint8Array|null);

                    /** AccessReceipt height */
                    height?: (number|null);

                    /** AccessReceipt tx */
                    tx?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AccessReceipt. */
                type $Shape = medmesh.records.v1.AccessReceipt.$Properties;
            }

            /**
             * Properties of an EncryptedBundle.
             * @deprecated Use medmesh.records.v1.EncryptedBundle.$Properties instead.
             */
            interface IEncryptedBundle extends medmesh.records.v1.EncryptedBundle.$Properties {
            }

            /** Represents an EncryptedBundle. */
            class EncryptedBundle {

                /**
                 * Constructs a new EncryptedBundle.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.records.v1.EncryptedBundle.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EncryptedBundle senderKey. */
                senderKey: Uint8Array;

                /** EncryptedBundle nonce. */
                nonce: Uint8Array;

                /** EncryptedBundle ciphertext. */
                ciphertext: Uint8Array;

                /**
                 * Creates a new EncryptedBundle instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EncryptedBundle instance
                 */
                static create(properties: medmesh.records.v1.EncryptedBundle.$Shape): medmesh.records.v1.EncryptedBundle & medmesh.records.v1.EncryptedBundle.$Shape;
                static create(properties?: medmesh.records.v1.EncryptedBundle.$Properties): medmesh.records.v1.EncryptedBundle;

                /**
                 * Encodes the specified EncryptedBundle message. Does not implicitly {@link medmesh.records.v1.EncryptedBundle.verify|verify} messages.
                 * @param message EncryptedBundle message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.records.v1.EncryptedBundle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EncryptedBundle message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.records.v1.EncryptedBundle & medmesh.records.v1.EncryptedBundle.$Shape} EncryptedBundle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.records.v1.EncryptedBundle & medmesh.records.v1.EncryptedBundle.$Shape;

                /**
                 * Gets the type url for EncryptedBundle
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EncryptedBundle {

                /** Properties of an EncryptedBundle. */
                interface $Properties {

                    /** EncryptedBundle senderKey */
                    senderKey?: (Uint8Array|null);

                    /** EncryptedBundle nonce */
                    nonce?: (Uint8Array|null);

                    /** EncryptedBundle ciphertext */
                    ciphertext?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EncryptedBundle. */
                type $Shape = medmesh.records.v1.EncryptedBundle.$Properties;
            }

            /** ResponseStatus enum. */
            enum ResponseStatus {

                /** RESPONSE_STATUS_UNSPECIFIED value */
                RESPONSE_STATUS_UNSPECIFIED = 0,

                /** RESPONSE_STATUS_OK value */
                RESPONSE_STATUS_OK = 1,

                /** RESPONSE_STATUS_DENIED value */
                RESPONSE_STATUS_DENIED = 2,

                /** RESPONSE_STATUS_NOT_FOUND value */
                RESPONSE_STATUS_NOT_FOUND = 3,

                /** RESPONSE_STATUS_BAD_REQUEST value */
                RESPONSE_STATUS_BAD_REQUEST = 4,

                /** RESPONSE_STATUS_UNAVAILABLE value */
                RESPONSE_STATUS_UNAVAILABLE = 5
            }

            /**
             * Properties of a RecordResponse.
             * @deprecated Use medmesh.records.v1.RecordResponse.$Properties instead.
             */
            interface IRecordResponse extends medmesh.records.v1.RecordResponse.$Properties {
            }

            /** Represents a RecordResponse. */
            class RecordResponse {

                /**
                 * Constructs a new RecordResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.records.v1.RecordResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RecordResponse status. */
                status: medmesh.records.v1.ResponseStatus;

                /** RecordResponse holderOrg. */
                holderOrg: string;

                /** RecordResponse reason. */
                reason: string;

                /** RecordResponse receipt. */
                receipt?: (medmesh.records.v1.AccessReceipt.$Properties|null);

                /** RecordResponse bundle. */
                bundle?: (medmesh.records.v1.EncryptedBundle.$Properties|null);

                /** RecordResponse bundleHash. */
                bundleHash: Uint8Array;

                /**
                 * Creates a new RecordResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RecordResponse instance
                 */
                static create(properties: medmesh.records.v1.RecordResponse.$Shape): medmesh.records.v1.RecordResponse & medmesh.records.v1.RecordResponse.$Shape;
                static create(properties?: medmesh.records.v1.RecordResponse.$Properties): medmesh.records.v1.RecordResponse;

                /**
                 * Encodes the specified RecordResponse message. Does not implicitly {@link medmesh.records.v1.RecordResponse.verify|verify} messages.
                 * @param message RecordResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.records.v1.RecordResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RecordResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.records.v1.RecordResponse & medmesh.records.v1.RecordResponse.$Shape} RecordResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.records.v1.RecordResponse & medmesh.records.v1.RecordResponse.$Shape;

                /**
                 * Gets the type url for RecordResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RecordResponse {

                /** Properties of a RecordResponse. */
                interface $Properties {

                    /** RecordResponse status */
                    status?: (medmesh.records.v1.ResponseStatus|null);

                    /** RecordResponse holderOrg */
                    holderOrg?: (string|null);

                    /** RecordResponse reason */
                    reason?: (string|null);

                    /** RecordResponse receipt */
                    receipt?: (medmesh.records.v1.AccessReceipt.$Properties|null);

                    /** RecordResponse bundle */
                    bundle?: (medmesh.records.v1.EncryptedBundle.$Properties|null);

                    /** RecordResponse bundleHash */
                    bundleHash?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RecordResponse. */
                type $Shape = medmesh.records.v1.RecordResponse.$Properties;
            }

            /**
             * Properties of a RecordLocator.
             * @deprecated Use medmesh.records.v1.RecordLocator.$Properties instead.
             */
            interface IRecordLocator extends medmesh.records.v1.RecordLocator.$Properties {
            }

            /** Represents a RecordLocator. */
            class RecordLocator {

                /**
                 * Constructs a new RecordLocator.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.records.v1.RecordLocator.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RecordLocator locatorKey. */
                locatorKey: Uint8Array;

                /** RecordLocator holderOrg. */
                holderOrg: string;

                /** RecordLocator holderPeerId. */
                holderPeerId: string;

                /** RecordLocator updatedAt. */
                updatedAt: number;

                /** RecordLocator holderKey. */
                holderKey: Uint8Array;

                /** RecordLocator signature. */
                signature: Uint8Array;

                /**
                 * Creates a new RecordLocator instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RecordLocator instance
                 */
                static create(properties: medmesh.records.v1.RecordLocator.$Shape): medmesh.records.v1.RecordLocator & medmesh.records.v1.RecordLocator.$Shape;
                static create(properties?: medmesh.records.v1.RecordLocator.$Properties): medmesh.records.v1.RecordLocator;

                /**
                 * Encodes the specified RecordLocator message. Does not implicitly {@link medmesh.records.v1.RecordLocator.verify|verify} messages.
                 * @param message RecordLocator message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.records.v1.RecordLocator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RecordLocator message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.records.v1.RecordLocator & medmesh.records.v1.RecordLocator.$Shape} RecordLocator
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.records.v1.RecordLocator & medmesh.records.v1.RecordLocator.$Shape;

                /**
                 * Gets the type url for RecordLocator
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RecordLocator {

                /** Properties of a RecordLocator. */
                interface $Properties {

                    /** RecordLocator locatorKey */
                    locatorKey?: (Uint8Array|null);

                    /** RecordLocator holderOrg */
                    holderOrg?: (string|null);

                    /** RecordLocator holderPeerId */
                    holderPeerId?: (string|null);

                    /** RecordLocator updatedAt */
                    updatedAt?: (number|null);

                    /** RecordLocator holderKey */
                    holderKey?: (Uint8Array|null);

                    /** RecordLocator signature */
                    signature?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RecordLocator. */
                type $Shape = medmesh.records.v1.RecordLocator.$Properties;
            }
        }
    }

    /** Namespace tx. */
    namespace tx {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a TxEnvelope.
             * @deprecated Use medmesh.tx.v1.TxEnvelope.$Properties instead.
             */
            interface ITxEnvelope extends medmesh.tx.v1.TxEnvelope.$Properties {
            }

            /** Represents a TxEnvelope. */
            class TxEnvelope {

                /**
                 * Constructs a new TxEnvelope.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.TxEnvelope.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TxEnvelope signer. */
                signer?: (medmesh.common.v1.PublicKey.$Properties|null);

                /** TxEnvelope nonce. */
                nonce: number;

                /** TxEnvelope expiryHeight. */
                expiryHeight: number;

                /** TxEnvelope memberPropose. */
                memberPropose?: (medmesh.tx.v1.MemberPropose.$Properties|null);

                /** TxEnvelope memberVote. */
                memberVote?: (medmesh.tx.v1.MemberVote.$Properties|null);

                /** TxEnvelope memberRemove. */
                memberRemove?: (medmesh.tx.v1.MemberRemove.$Properties|null);

                /** TxEnvelope memberRotateKey. */
                memberRotateKey?: (medmesh.tx.v1.MemberRotateKey.$Properties|null);

                /** TxEnvelope paramsChange. */
                paramsChange?: (medmesh.tx.v1.ParamsChange.$Properties|null);

                /** TxEnvelope credentialRevoke. */
                credentialRevoke?: (medmesh.tx.v1.CredentialRevoke.$Properties|null);

                /** TxEnvelope patientLink. */
                patientLink?: (medmesh.tx.v1.PatientLink.$Properties|null);

                /** TxEnvelope consentGrant. */
                consentGrant?: (medmesh.tx.v1.ConsentGrant.$Properties|null);

                /** TxEnvelope consentRevoke. */
                consentRevoke?: (medmesh.tx.v1.ConsentRevoke.$Properties|null);

                /** TxEnvelope accessEvent. */
                accessEvent?: (medmesh.tx.v1.AccessEvent.$Properties|null);

                /** TxEnvelope provenanceNote. */
                provenanceNote?: (medmesh.tx.v1.ProvenanceNote.$Properties|null);

                /** TxEnvelope trainingJobPropose. */
                trainingJobPropose?: (medmesh.tx.v1.TrainingJobPropose.$Properties|null);

                /** TxEnvelope trainingJobApprove. */
                trainingJobApprove?: (medmesh.tx.v1.TrainingJobApprove.$Properties|null);

                /** TxEnvelope trainingRoster. */
                trainingRoster?: (medmesh.tx.v1.TrainingRoster.$Properties|null);

                /** TxEnvelope trainingRound. */
                trainingRound?: (medmesh.tx.v1.TrainingRound.$Properties|null);

                /** TxEnvelope trainingComplete. */
                trainingComplete?: (medmesh.tx.v1.TrainingComplete.$Properties|null);

                /** TxEnvelope duplicateVoteEvidence. */
                duplicateVoteEvidence?: (medmesh.tx.v1.DuplicateVoteEvidence.$Properties|null);

                /** TxEnvelope webauthn. */
                webauthn?: (medmesh.common.v1.WebAuthnAssertion.$Properties|null);

                /** TxEnvelope signature. */
                signature: Uint8Array;

                /** TxEnvelope body. */
                body?: ("memberPropose"|"memberVote"|"memberRemove"|"memberRotateKey"|"paramsChange"|"credentialRevoke"|"patientLink"|"consentGrant"|"consentRevoke"|"accessEvent"|"provenanceNote"|"trainingJobPropose"|"trainingJobApprove"|"trainingRoster"|"trainingRound"|"trainingComplete"|"duplicateVoteEvidence");

                /**
                 * Creates a new TxEnvelope instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TxEnvelope instance
                 */
                static create(properties: medmesh.tx.v1.TxEnvelope.$Shape): medmesh.tx.v1.TxEnvelope & medmesh.tx.v1.TxEnvelope.$Shape;
                static create(properties?: medmesh.tx.v1.TxEnvelope.$Properties): medmesh.tx.v1.TxEnvelope;

                /**
                 * Encodes the specified TxEnvelope message. Does not implicitly {@link medmesh.tx.v1.TxEnvelope.verify|verify} messages.
                 * @param message TxEnvelope message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.TxEnvelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TxEnvelope message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.TxEnvelope & medmesh.tx.v1.TxEnvelope.$Shape} TxEnvelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.TxEnvelope & medmesh.tx.v1.TxEnvelope.$Shape;

                /**
                 * Gets the type url for TxEnvelope
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TxEnvelope {

                /** Properties of a TxEnvelope. */
                interface $Properties {

                    /** TxEnvelope signer */
                    signer?: (medmesh.common.v1.PublicKey.$Properties|null);

                    /** TxEnvelope nonce */
                    nonce?: (number|null);

                    /** TxEnvelope expiryHeight */
                    expiryHeight?: (number|null);

                    /** TxEnvelope memberPropose */
                    memberPropose?: (medmesh.tx.v1.MemberPropose.$Properties|null);

                    /** TxEnvelope memberVote */
                    memberVote?: (medmesh.tx.v1.MemberVote.$Properties|null);

                    /** TxEnvelope memberRemove */
                    memberRemove?: (medmesh.tx.v1.MemberRemove.$Properties|null);

                    /** TxEnvelope memberRotateKey */
                    memberRotateKey?: (medmesh.tx.v1.MemberRotateKey.$Properties|null);

                    /** TxEnvelope paramsChange */
                    paramsChange?: (medmesh.tx.v1.ParamsChange.$Properties|null);

                    /** TxEnvelope credentialRevoke */
                    credentialRevoke?: (medmesh.tx.v1.CredentialRevoke.$Properties|null);

                    /** TxEnvelope patientLink */
                    patientLink?: (medmesh.tx.v1.PatientLink.$Properties|null);

                    /** TxEnvelope consentGrant */
                    consentGrant?: (medmesh.tx.v1.ConsentGrant.$Properties|null);

                    /** TxEnvelope consentRevoke */
                    consentRevoke?: (medmesh.tx.v1.ConsentRevoke.$Properties|null);

                    /** TxEnvelope accessEvent */
                    accessEvent?: (medmesh.tx.v1.AccessEvent.$Properties|null);

                    /** TxEnvelope provenanceNote */
                    provenanceNote?: (medmesh.tx.v1.ProvenanceNote.$Properties|null);

                    /** TxEnvelope trainingJobPropose */
                    trainingJobPropose?: (medmesh.tx.v1.TrainingJobPropose.$Properties|null);

                    /** TxEnvelope trainingJobApprove */
                    trainingJobApprove?: (medmesh.tx.v1.TrainingJobApprove.$Properties|null);

                    /** TxEnvelope trainingRoster */
                    trainingRoster?: (medmesh.tx.v1.TrainingRoster.$Properties|null);

                    /** TxEnvelope trainingRound */
                    trainingRound?: (medmesh.tx.v1.TrainingRound.$Properties|null);

                    /** TxEnvelope trainingComplete */
                    trainingComplete?: (medmesh.tx.v1.TrainingComplete.$Properties|null);

                    /** TxEnvelope duplicateVoteEvidence */
                    duplicateVoteEvidence?: (medmesh.tx.v1.DuplicateVoteEvidence.$Properties|null);

                    /** TxEnvelope webauthn */
                    webauthn?: (medmesh.common.v1.WebAuthnAssertion.$Properties|null);

                    /** TxEnvelope signature */
                    signature?: (Uint8Array|null);

                    /** TxEnvelope body */
                    body?: ("memberPropose"|"memberVote"|"memberRemove"|"memberRotateKey"|"paramsChange"|"credentialRevoke"|"patientLink"|"consentGrant"|"consentRevoke"|"accessEvent"|"provenanceNote"|"trainingJobPropose"|"trainingJobApprove"|"trainingRoster"|"trainingRound"|"trainingComplete"|"duplicateVoteEvidence");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a TxEnvelope. */
                type $Shape = {
                  signer?: medmesh.common.v1.PublicKey.$Shape|null;
                  nonce?: number|null;
                  expiryHeight?: number|null;
                  memberPropose?: medmesh.tx.v1.MemberPropose.$Shape|null;
                  memberVote?: medmesh.tx.v1.MemberVote.$Shape|null;
                  memberRemove?: medmesh.tx.v1.MemberRemove.$Shape|null;
                  memberRotateKey?: medmesh.tx.v1.MemberRotateKey.$Shape|null;
                  paramsChange?: medmesh.tx.v1.ParamsChange.$Shape|null;
                  credentialRevoke?: medmesh.tx.v1.CredentialRevoke.$Shape|null;
                  patientLink?: medmesh.tx.v1.PatientLink.$Shape|null;
                  consentGrant?: medmesh.tx.v1.ConsentGrant.$Shape|null;
                  consentRevoke?: medmesh.tx.v1.ConsentRevoke.$Shape|null;
                  accessEvent?: medmesh.tx.v1.AccessEvent.$Shape|null;
                  provenanceNote?: medmesh.tx.v1.ProvenanceNote.$Shape|null;
                  trainingJobPropose?: medmesh.tx.v1.TrainingJobPropose.$Shape|null;
                  trainingJobApprove?: medmesh.tx.v1.TrainingJobApprove.$Shape|null;
                  trainingRoster?: medmesh.tx.v1.TrainingRoster.$Shape|null;
                  trainingRound?: medmesh.tx.v1.TrainingRound.$Shape|null;
                  trainingComplete?: medmesh.tx.v1.TrainingComplete.$Shape|null;
                  duplicateVoteEvidence?: medmesh.tx.v1.DuplicateVoteEvidence.$Shape|null;
                  webauthn?: medmesh.common.v1.WebAuthnAssertion.$Shape|null;
                  signature?: Uint8Array|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "memberPropose"; memberPropose: medmesh.tx.v1.MemberPropose.$Shape; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "memberVote"; memberPropose?: null; memberVote: medmesh.tx.v1.MemberVote.$Shape; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "memberRemove"; memberPropose?: null; memberVote?: null; memberRemove: medmesh.tx.v1.MemberRemove.$Shape; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "memberRotateKey"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey: medmesh.tx.v1.MemberRotateKey.$Shape; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "paramsChange"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange: medmesh.tx.v1.ParamsChange.$Shape; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "credentialRevoke"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke: medmesh.tx.v1.CredentialRevoke.$Shape; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "patientLink"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink: medmesh.tx.v1.PatientLink.$Shape; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "consentGrant"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant: medmesh.tx.v1.ConsentGrant.$Shape; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "consentRevoke"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke: medmesh.tx.v1.ConsentRevoke.$Shape; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "accessEvent"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent: medmesh.tx.v1.AccessEvent.$Shape; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "provenanceNote"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote: medmesh.tx.v1.ProvenanceNote.$Shape; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "trainingJobPropose"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose: medmesh.tx.v1.TrainingJobPropose.$Shape; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "trainingJobApprove"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove: medmesh.tx.v1.TrainingJobApprove.$Shape; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "trainingRoster"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster: medmesh.tx.v1.TrainingRoster.$Shape; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "trainingRound"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound: medmesh.tx.v1.TrainingRound.$Shape; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "trainingComplete"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete: medmesh.tx.v1.TrainingComplete.$Shape; duplicateVoteEvidence?: null }|{ body?: "duplicateVoteEvidence"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence: medmesh.tx.v1.DuplicateVoteEvidence.$Shape })
                );
            }

            /**
             * Properties of a Member.
             * @deprecated Use medmesh.tx.v1.Member.$Properties instead.
             */
            interface IMember extends medmesh.tx.v1.Member.$Properties {
            }

            /** Represents a Member. */
            class Member {

                /**
                 * Constructs a new Member.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.Member.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Member org. */
                org: string;

                /** Member name. */
                name: string;

                /** Member country. */
                country: string;

                /** Member nodeKey. */
                nodeKey: Uint8Array;

                /** Member peerId. */
                peerId: string;

                /** Member addresses. */
                addresses: string[];

                /**
                 * Creates a new Member instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Member instance
                 */
                static create(properties: medmesh.tx.v1.Member.$Shape): medmesh.tx.v1.Member & medmesh.tx.v1.Member.$Shape;
                static create(properties?: medmesh.tx.v1.Member.$Properties): medmesh.tx.v1.Member;

                /**
                 * Encodes the specified Member message. Does not implicitly {@link medmesh.tx.v1.Member.verify|verify} messages.
                 * @param message Member message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Member message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.Member & medmesh.tx.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.Member & medmesh.tx.v1.Member.$Shape;

                /**
                 * Gets the type url for Member
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Member {

                /** Properties of a Member. */
                interface $Properties {

                    /** Member org */
                    org?: (string|null);

                    /** Member name */
                    name?: (string|null);

                    /** Member country */
                    country?: (string|null);

                    /** Member nodeKey */
                    nodeKey?: (Uint8Array|null);

                    /** Member peerId */
                    peerId?: (string|null);

                    /** Member addresses */
                    addresses?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Member. */
                type $Shape = medmesh.tx.v1.Member.$Properties;
            }

            /**
             * Properties of a MemberPropose.
             * @deprecated Use medmesh.tx.v1.MemberPropose.$Properties instead.
             */
            interface IMemberPropose extends medmesh.tx.v1.MemberPropose.$Properties {
            }

            /** Represents a MemberPropose. */
            class MemberPropose {

                /**
                 * Constructs a new MemberPropose.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.MemberPropose.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemberPropose member. */
                member?: (medmesh.tx.v1.Member.$Properties|null);

                /** MemberPropose effectiveHeight. */
                effectiveHeight: number;

                /**
                 * Creates a new MemberPropose instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemberPropose instance
                 */
                static create(properties: medmesh.tx.v1.MemberPropose.$Shape): medmesh.tx.v1.MemberPropose & medmesh.tx.v1.MemberPropose.$Shape;
                static create(properties?: medmesh.tx.v1.MemberPropose.$Properties): medmesh.tx.v1.MemberPropose;

                /**
                 * Encodes the specified MemberPropose message. Does not implicitly {@link medmesh.tx.v1.MemberPropose.verify|verify} messages.
                 * @param message MemberPropose message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.MemberPropose.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemberPropose message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.MemberPropose & medmesh.tx.v1.MemberPropose.$Shape} MemberPropose
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.MemberPropose & medmesh.tx.v1.MemberPropose.$Shape;

                /**
                 * Gets the type url for MemberPropose
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MemberPropose {

                /** Properties of a MemberPropose. */
                interface $Properties {

                    /** MemberPropose member */
                    member?: (medmesh.tx.v1.Member.$Properties|null);

                    /** MemberPropose effectiveHeight */
                    effectiveHeight?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemberPropose. */
                type $Shape = medmesh.tx.v1.MemberPropose.$Properties;
            }

            /**
             * Properties of a MemberRemove.
             * @deprecated Use medmesh.tx.v1.MemberRemove.$Properties instead.
             */
            interface IMemberRemove extends medmesh.tx.v1.MemberRemove.$Properties {
            }

            /** Represents a MemberRemove. */
            class MemberRemove {

                /**
                 * Constructs a new MemberRemove.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.MemberRemove.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemberRemove org. */
                org: string;

                /** MemberRemove reason. */
                reason: string;

                /** MemberRemove effectiveHeight. */
                effectiveHeight: number;

                /**
                 * Creates a new MemberRemove instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemberRemove instance
                 */
                static create(properties: medmesh.tx.v1.MemberRemove.$Shape): medmesh.tx.v1.MemberRemove & medmesh.tx.v1.MemberRemove.$Shape;
                static create(properties?: medmesh.tx.v1.MemberRemove.$Properties): medmesh.tx.v1.MemberRemove;

                /**
                 * Encodes the specified MemberRemove message. Does not implicitly {@link medmesh.tx.v1.MemberRemove.verify|verify} messages.
                 * @param message MemberRemove message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.MemberRemove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemberRemove message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.MemberRemove & medmesh.tx.v1.MemberRemove.$Shape} MemberRemove
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.MemberRemove & medmesh.tx.v1.MemberRemove.$Shape;

                /**
                 * Gets the type url for MemberRemove
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MemberRemove {

                /** Properties of a MemberRemove. */
                interface $Properties {

                    /** MemberRemove org */
                    org?: (string|null);

                    /** MemberRemove reason */
                    reason?: (string|null);

                    /** MemberRemove effectiveHeight */
                    effectiveHeight?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemberRemove. */
                type $Shape = medmesh.tx.v1.MemberRemove.$Properties;
            }

            /**
             * Properties of a MemberRotateKey.
             * @deprecated Use medmesh.tx.v1.MemberRotateKey.$Properties instead.
             */
            interface IMemberRotateKey extends medmesh.tx.v1.MemberRotateKey.$Properties {
            }

            /** Represents a MemberRotateKey. */
            class MemberRotateKey {

                /**
                 * Constructs a new MemberRotateKey.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.MemberRotateKey.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemberRotateKey org. */
                org: string;

                /** MemberRotateKey newNodeKey. */
                newNodeKey: Uint8Array;

                /** MemberRotateKey newPeerId. */
                newPeerId: string;

                /** MemberRotateKey effectiveHeight. */
                effectiveHeight: number;

                /**
                 * Creates a new MemberRotateKey instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemberRotateKey instance
                 */
                static create(properties: medmesh.tx.v1.MemberRotateKey.$Shape): medmesh.tx.v1.MemberRotateKey & medmesh.tx.v1.MemberRotateKey.$Shape;
                static create(properties?: medmesh.tx.v1.MemberRotateKey.$Properties): medmesh.tx.v1.MemberRotateKey;

                /**
                 * Encodes the specified MemberRotateKey message. Does not implicitly {@link medmesh.tx.v1.MemberRotateKey.verify|verify} messages.
                 * @param message MemberRotateKey message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.MemberRotateKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemberRotateKey message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.MemberRotateKey & medmesh.tx.v1.MemberRotateKey.$Shape} MemberRotateKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.MemberRotateKey & medmesh.tx.v1.MemberRotateKey.$Shape;

                /**
                 * Gets the type url for MemberRotateKey
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MemberRotateKey {

                /** Properties of a MemberRotateKey. */
                interface $Properties {

                    /** MemberRotateKey org */
                    org?: (string|null);

                    /** MemberRotateKey newNodeKey */
                    newNodeKey?: (Uint8Array|null);

                    /** MemberRotateKey newPeerId */
                    newPeerId?: (string|null);

                    /** MemberRotateKey effectiveHeight */
                    effectiveHeight?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemberRotateKey. */
                type $Shape = medmesh.tx.v1.MemberRotateKey.$Properties;
            }

            /**
             * Properties of a ConsortiumParams.
             * @deprecated Use medmesh.tx.v1.ConsortiumParams.$Properties instead.
             */
            interface IConsortiumParams extends medmesh.tx.v1.ConsortiumParams.$Properties {
            }

            /** Represents a ConsortiumParams. */
            class ConsortiumParams {

                /**
                 * Constructs a new ConsortiumParams.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.ConsortiumParams.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConsortiumParams timeoutProposeMs. */
                timeoutProposeMs: number;

                /** ConsortiumParams timeoutProposeDeltaMs. */
                timeoutProposeDeltaMs: number;

                /** ConsortiumParams timeoutPrevoteMs. */
                timeoutPrevoteMs: number;

                /** ConsortiumParams timeoutPrevoteDeltaMs. */
                timeoutPrevoteDeltaMs: number;

                /** ConsortiumParams timeoutPrecommitMs. */
                timeoutPrecommitMs: number;

                /** ConsortiumParams timeoutPrecommitDeltaMs. */
                timeoutPrecommitDeltaMs: number;

                /** ConsortiumParams timeoutCommitMs. */
                timeoutCommitMs: number;

                /** ConsortiumParams maxBlockTxs. */
                maxBlockTxs: number;

                /** ConsortiumParams maxBlockBytes. */
                maxBlockBytes: number;

                /** ConsortiumParams maxTxBytes. */
                maxTxBytes: number;

                /** ConsortiumParams requestFreshnessMs. */
                requestFreshnessMs: number;

                /** ConsortiumParams validatorChangeDelay. */
                validatorChangeDelay: number;

                /** ConsortiumParams emptyBlockIntervalMs. */
                emptyBlockIntervalMs: number;

                /** ConsortiumParams webauthnRpId. */
                webauthnRpId: string;

                /** ConsortiumParams webauthnOrigins. */
                webauthnOrigins: string[];

                /**
                 * Creates a new ConsortiumParams instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConsortiumParams instance
                 */
                static create(properties: medmesh.tx.v1.ConsortiumParams.$Shape): medmesh.tx.v1.ConsortiumParams & medmesh.tx.v1.ConsortiumParams.$Shape;
                static create(properties?: medmesh.tx.v1.ConsortiumParams.$Properties): medmesh.tx.v1.ConsortiumParams;

                /**
                 * Encodes the specified ConsortiumParams message. Does not implicitly {@link medmesh.tx.v1.ConsortiumParams.verify|verify} messages.
                 * @param message ConsortiumParams message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.ConsortiumParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConsortiumParams message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.ConsortiumParams & medmesh.tx.v1.ConsortiumParams.$Shape} ConsortiumParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.ConsortiumParams & medmesh.tx.v1.ConsortiumParams.$Shape;

                /**
                 * Gets the type url for ConsortiumParams
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConsortiumParams {

                /** Properties of a ConsortiumParams. */
                interface $Properties {

                    /** ConsortiumParams timeoutProposeMs */
                    timeoutProposeMs?: (number|null);

                    /** ConsortiumParams timeoutProposeDeltaMs */
                    timeoutProposeDeltaMs?: (number|null);

                    /** ConsortiumParams timeoutPrevoteMs */
                    timeoutPrevoteMs?: (number|null);

                    /** ConsortiumParams timeoutPrevoteDeltaMs */
                    timeoutPrevoteDeltaMs?: (number|null);

                    /** ConsortiumParams timeoutPrecommitMs */
                    timeoutPrecommitMs?: (number|null);

                    /** ConsortiumParams timeoutPrecommitDeltaMs */
                    timeoutPrecommitDeltaMs?: (number|null);

                    /** ConsortiumParams timeoutCommitMs */
                    timeoutCommitMs?: (number|null);

                    /** ConsortiumParams maxBlockTxs */
                    maxBlockTxs?: (number|null);

                    /** ConsortiumParams maxBlockBytes */
                    maxBlockBytes?: (number|null);

                    /** ConsortiumParams maxTxBytes */
                    maxTxBytes?: (number|null);

                    /** ConsortiumParams requestFreshnessMs */
                    requestFreshnessMs?: (number|null);

                    /** ConsortiumParams validatorChangeDelay */
                    validatorChangeDelay?: (number|null);

                    /** ConsortiumParams emptyBlockIntervalMs */
                    emptyBlockIntervalMs?: (number|null);

                    /** ConsortiumParams webauthnRpId */
                    webauthnRpId?: (string|null);

                    /** ConsortiumParams webauthnOrigins */
                    webauthnOrigins?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConsortiumParams. */
                type $Shape = medmesh.tx.v1.ConsortiumParams.$Properties;
            }

            /**
             * Properties of a ParamsChange.
             * @deprecated Use medmesh.tx.v1.ParamsChange.$Properties instead.
             */
            interface IParamsChange extends medmesh.tx.v1.ParamsChange.$Properties {
            }

            /** Represents a ParamsChange. */
            class ParamsChange {

                /**
                 * Constructs a new ParamsChange.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.ParamsChange.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ParamsChange params. */
                params?: (medmesh.tx.v1.ConsortiumParams.$Properties|null);

                /** ParamsChange effectiveHeight. */
                effectiveHeight: number;

                /**
                 * Creates a new ParamsChange instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ParamsChange instance
                 */
                static create(properties: medmesh.tx.v1.ParamsChange.$Shape): medmesh.tx.v1.ParamsChange & medmesh.tx.v1.ParamsChange.$Shape;
                static create(properties?: medmesh.tx.v1.ParamsChange.$Properties): medmesh.tx.v1.ParamsChange;

                /**
                 * Encodes the specified ParamsChange message. Does not implicitly {@link medmesh.tx.v1.ParamsChange.verify|verify} messages.
                 * @param message ParamsChange message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.ParamsChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ParamsChange message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.ParamsChange & medmesh.tx.v1.ParamsChange.$Shape} ParamsChange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.ParamsChange & medmesh.tx.v1.ParamsChange.$Shape;

                /**
                 * Gets the type url for ParamsChange
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ParamsChange {

                /** Properties of a ParamsChange. */
                interface $Properties {

                    /** ParamsChange params */
                    params?: (medmesh.tx.v1.ConsortiumParams.$Properties|null);

                    /** ParamsChange effectiveHeight */
                    effectiveHeight?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ParamsChange. */
                type $Shape = medmesh.tx.v1.ParamsChange.$Properties;
            }

            /**
             * Properties of a MemberVote.
             * @deprecated Use medmesh.tx.v1.MemberVote.$Properties instead.
             */
            interface IMemberVote extends medmesh.tx.v1.MemberVote.$Properties {
            }

            /** Represents a MemberVote. */
            class MemberVote {

                /**
                 * Constructs a new MemberVote.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.MemberVote.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemberVote proposalTx. */
                proposalTx: Uint8Array;

                /** MemberVote approve. */
                approve: boolean;

                /**
                 * Creates a new MemberVote instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemberVote instance
                 */
                static create(properties: medmesh.tx.v1.MemberVote.$Shape): medmesh.tx.v1.MemberVote & medmesh.tx.v1.MemberVote.$Shape;
                static create(properties?: medmesh.tx.v1.MemberVote.$Properties): medmesh.tx.v1.MemberVote;

                /**
                 * Encodes the specified MemberVote message. Does not implicitly {@link medmesh.tx.v1.MemberVote.verify|verify} messages.
                 * @param message MemberVote message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.MemberVote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemberVote message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.MemberVote & medmesh.tx.v1.MemberVote.$Shape} MemberVote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.MemberVote & medmesh.tx.v1.MemberVote.$Shape;

                /**
                 * Gets the type url for MemberVote
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MemberVote {

                /** Properties of a MemberVote. */
                interface $Properties {

                    /** MemberVote proposalTx */
                    proposalTx?: (Uint8Array|null);

                    /** MemberVote approve */
                    approve?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemberVote. */
                type $Shape = medmesh.tx.v1.MemberVote.$Properties;
            }

            /**
             * Properties of a CredentialRevoke.
             * @deprecated Use medmesh.tx.v1.CredentialRevoke.$Properties instead.
             */
            interface ICredentialRevoke extends medmesh.tx.v1.CredentialRevoke.$Properties {
            }

            /** Represents a CredentialRevoke. */
            class CredentialRevoke {

                /**
                 * Constructs a new CredentialRevoke.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.CredentialRevoke.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CredentialRevoke credentialHash. */
                credentialHash: Uint8Array;

                /** CredentialRevoke reason. */
                reason: string;

                /**
                 * Creates a new CredentialRevoke instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CredentialRevoke instance
                 */
                static create(properties: medmesh.tx.v1.CredentialRevoke.$Shape): medmesh.tx.v1.CredentialRevoke & medmesh.tx.v1.CredentialRevoke.$Shape;
                static create(properties?: medmesh.tx.v1.CredentialRevoke.$Properties): medmesh.tx.v1.CredentialRevoke;

                /**
                 * Encodes the specified CredentialRevoke message. Does not implicitly {@link medmesh.tx.v1.CredentialRevoke.verify|verify} messages.
                 * @param message CredentialRevoke message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.CredentialRevoke.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CredentialRevoke message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.CredentialRevoke & medmesh.tx.v1.CredentialRevoke.$Shape} CredentialRevoke
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.CredentialRevoke & medmesh.tx.v1.CredentialRevoke.$Shape;

                /**
                 * Gets the type url for CredentialRevoke
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CredentialRevoke {

                /** Properties of a CredentialRevoke. */
                interface $Properties {

                    /** CredentialRevoke credentialHash */
                    credentialHash?: (Uint8Array|null);

                    /** CredentialRevoke reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CredentialRevoke. */
                type $Shape = medmesh.tx.v1.CredentialRevoke.$Properties;
            }

            /**
             * Properties of a PatientLink.
             * @deprecated Use medmesh.tx.v1.PatientLink.$Properties instead.
             */
            interface IPatientLink extends medmesh.tx.v1.PatientLink.$Properties {
            }

            /** Represents a PatientLink. */
            class PatientLink {

                /**
                 * Constructs a new PatientLink.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.PatientLink.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PatientLink statement. */
                statement?: (medmesh.tx.v1.PatientLinkStatement.$Properties|null);

                /** PatientLink patientSignature. */
                patientSignature: Uint8Array;

                /** PatientLink patientWebauthn. */
                patientWebauthn?: (medmesh.common.v1.WebAuthnAssertion.$Properties|null);

                /**
                 * Creates a new PatientLink instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PatientLink instance
                 */
                static create(properties: medmesh.tx.v1.PatientLink.$Shape): medmesh.tx.v1.PatientLink & medmesh.tx.v1.PatientLink.$Shape;
                static create(properties?: medmesh.tx.v1.PatientLink.$Properties): medmesh.tx.v1.PatientLink;

                /**
                 * Encodes the specified PatientLink message. Does not implicitly {@link medmesh.tx.v1.PatientLink.verify|verify} messages.
                 * @param message PatientLink message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.PatientLink.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PatientLink message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.PatientLink & medmesh.tx.v1.PatientLink.$Shape} PatientLink
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.PatientLink & medmesh.tx.v1.PatientLink.$Shape;

                /**
                 * Gets the type url for PatientLink
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PatientLink {

                /** Properties of a PatientLink. */
                interface $Properties {

                    /** PatientLink statement */
                    statement?: (medmesh.tx.v1.PatientLinkStatement.$Properties|null);

                    /** PatientLink patientSignature */
                    patientSignature?: (Uint8Array|null);

                    /** PatientLink patientWebauthn */
                    patientWebauthn?: (medmesh.common.v1.WebAuthnAssertion.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PatientLink. */
                type $Shape = medmesh.tx.v1.PatientLink.$Properties;
            }

            /**
             * Properties of a PatientLinkStatement.
             * @deprecated Use medmesh.tx.v1.PatientLinkStatement.$Properties instead.
             */
            interface IPatientLinkStatement extends medmesh.tx.v1.PatientLinkStatement.$Properties {
            }

            /** Represents a PatientLinkStatement. */
            class PatientLinkStatement {

                /**
                 * Constructs a new PatientLinkStatement.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.PatientLinkStatement.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PatientLinkStatement pseudonym. */
                pseudonym: Uint8Array;

                /** PatientLinkStatement patientKey. */
                patientKey?: (medmesh.common.v1.PublicKey.$Properties|null);

                /** PatientLinkStatement org. */
                org: string;

                /** PatientLinkStatement localRecordCommitment. */
                localRecordCommitment: Uint8Array;

                /** PatientLinkStatement custodial. */
                custodial: boolean;

                /** PatientLinkStatement issuedAt. */
                issuedAt: number;

                /**
                 * Creates a new PatientLinkStatement instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PatientLinkStatement instance
                 */
                static create(properties: medmesh.tx.v1.PatientLinkStatement.$Shape): medmesh.tx.v1.PatientLinkStatement & medmesh.tx.v1.PatientLinkStatement.$Shape;
                static create(properties?: medmesh.tx.v1.PatientLinkStatement.$Properties): medmesh.tx.v1.PatientLinkStatement;

                /**
                 * Encodes the specified PatientLinkStatement message. Does not implicitly {@link medmesh.tx.v1.PatientLinkStatement.verify|verify} messages.
                 * @param message PatientLinkStatement message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.PatientLinkStatement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PatientLinkStatement message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.PatientLinkStatement & medmesh.tx.v1.PatientLinkStatement.$Shape} PatientLinkStatement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.PatientLinkStatement & medmesh.tx.v1.PatientLinkStatement.$Shape;

                /**
                 * Gets the type url for PatientLinkStatement
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PatientLinkStatement {

                /** Properties of a PatientLinkStatement. */
                interface $Properties {

                    /** PatientLinkStatement pseudonym */
                    pseudonym?: (Uint8Array|null);

                    /** PatientLinkStatement patientKey */
                    patientKey?: (medmesh.common.v1.PublicKey.$Properties|null);

                    /** PatientLinkStatement org */
                    org?: (string|null);

                    /** PatientLinkStatement localRecordCommitment */
                    localRecordCommitment?: (Uint8Array|null);

                    /** PatientLinkStatement custodial */
                    custodial?: (boolean|null);

                    /** PatientLinkStatement issuedAt */
                    issuedAt?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PatientLinkStatement. */
                type $Shape = medmesh.tx.v1.PatientLinkStatement.$Properties;
            }

            /** Decision enum. */
            enum Decision {

                /** DECISION_UNSPECIFIED value */
                DECISION_UNSPECIFIED = 0,

                /** DECISION_PERMIT value */
                DECISION_PERMIT = 1,

                /** DECISION_DENY value */
                DECISION_DENY = 2
            }

            /**
             * Properties of a Consent.
             * @deprecated Use medmesh.tx.v1.Consent.$Properties instead.
             */
            interface IConsent extends medmesh.tx.v1.Consent.$Properties {
            }

            /** Represents a Consent. */
            class Consent {

                /**
                 * Constructs a new Consent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.Consent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Consent pseudonym. */
                pseudonym: Uint8Array;

                /** Consent decision. */
                decision: medmesh.tx.v1.Decision;

                /** Consent actor. */
                actor?: (medmesh.tx.v1.ConsentActor.$Properties|null);

                /** Consent data. */
                data?: (medmesh.tx.v1.ConsentData.$Properties|null);

                /** Consent purposes. */
                purposes: medmesh.common.v1.Purpose[];

                /** Consent period. */
                period?: (medmesh.common.v1.Period.$Properties|null);

                /** Consent consentNonce. */
                consentNonce: Uint8Array;

                /**
                 * Creates a new Consent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Consent instance
                 */
                static create(properties: medmesh.tx.v1.Consent.$Shape): medmesh.tx.v1.Consent & medmesh.tx.v1.Consent.$Shape;
                static create(properties?: medmesh.tx.v1.Consent.$Properties): medmesh.tx.v1.Consent;

                /**
                 * Encodes the specified Consent message. Does not implicitly {@link medmesh.tx.v1.Consent.verify|verify} messages.
                 * @param message Consent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.Consent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Consent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.Consent & medmesh.tx.v1.Consent.$Shape} Consent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.Consent & medmesh.tx.v1.Consent.$Shape;

                /**
                 * Gets the type url for Consent
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Consent {

                /** Properties of a Consent. */
                interface $Properties {

                    /** Consent pseudonym */
                    pseudonym?: (Uint8Array|null);

                    /** Consent decision */
                    decision?: (medmesh.tx.v1.Decision|null);

                    /** Consent actor */
                    actor?: (medmesh.tx.v1.ConsentActor.$Properties|null);

                    /** Consent data */
                    data?: (medmesh.tx.v1.ConsentData.$Properties|null);

                    /** Consent purposes */
                    purposes?: (medmesh.common.v1.Purpose[]|null);

                    /** Consent period */
                    period?: (medmesh.common.v1.Period.$Properties|null);

                    /** Consent consentNonce */
                    consentNonce?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Consent. */
                type $Shape = medmesh.tx.v1.Consent.$Properties;
            }

            /**
             * Properties of a ConsentActor.
             * @deprecated Use medmesh.tx.v1.ConsentActor.$Properties instead.
             */
            interface IConsentActor extends medmesh.tx.v1.ConsentActor.$Properties {
            }

            /** Represents a ConsentActor. */
            class ConsentActor {

                /**
                 * Constructs a new ConsentActor.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.ConsentActor.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConsentActor org. */
                org: string;

                /** ConsentActor department. */
                department: string;

                /** ConsentActor role. */
                role: medmesh.common.v1.Role;

                /** ConsentActor clinician. */
                clinician: Uint8Array;

                /** ConsentActor country. */
                country: string;

                /**
                 * Creates a new ConsentActor instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConsentActor instance
                 */
                static create(properties: medmesh.tx.v1.ConsentActor.$Shape): medmesh.tx.v1.ConsentActor & medmesh.tx.v1.ConsentActor.$Shape;
                static create(properties?: medmesh.tx.v1.ConsentActor.$Properties): medmesh.tx.v1.ConsentActor;

                /**
                 * Encodes the specified ConsentActor message. Does not implicitly {@link medmesh.tx.v1.ConsentActor.verify|verify} messages.
                 * @param message ConsentActor message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.ConsentActor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConsentActor message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.ConsentActor & medmesh.tx.v1.ConsentActor.$Shape} ConsentActor
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.ConsentActor & medmesh.tx.v1.ConsentActor.$Shape;

                /**
                 * Gets the type url for ConsentActor
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConsentActor {

                /** Properties of a ConsentActor. */
                interface $Properties {

                    /** ConsentActor org */
                    org?: (string|null);

                    /** ConsentActor department */
                    department?: (string|null);

                    /** ConsentActor role */
                    role?: (medmesh.common.v1.Role|null);

                    /** ConsentActor clinician */
                    clinician?: (Uint8Array|null);

                    /** ConsentActor country */
                    country?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConsentActor. */
                type $Shape = medmesh.tx.v1.ConsentActor.$Properties;
            }

            /**
             * Properties of a ConsentData.
             * @deprecated Use medmesh.tx.v1.ConsentData.$Properties instead.
             */
            interface IConsentData extends medmesh.tx.v1.ConsentData.$Properties {
            }

            /** Represents a ConsentData. */
            class ConsentData {

                /**
                 * Constructs a new ConsentData.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.ConsentData.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConsentData resourceTypes. */
                resourceTypes: string[];

                /** ConsentData securityLabels. */
                securityLabels: string[];

                /**
                 * Creates a new ConsentData instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConsentData instance
                 */
                static create(properties: medmesh.tx.v1.ConsentData.$Shape): medmesh.tx.v1.ConsentData & medmesh.tx.v1.ConsentData.$Shape;
                static create(properties?: medmesh.tx.v1.ConsentData.$Properties): medmesh.tx.v1.ConsentData;

                /**
                 * Encodes the specified ConsentData message. Does not implicitly {@link medmesh.tx.v1.ConsentData.verify|verify} messages.
                 * @param message ConsentData message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.ConsentData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConsentData message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.ConsentData & medmesh.tx.v1.ConsentData.$Shape} ConsentData
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.ConsentData & medmesh.tx.v1.ConsentData.$Shape;

                /**
                 * Gets the type url for ConsentData
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConsentData {

                /** Properties of a ConsentData. */
                interface $Properties {

                    /** ConsentData resourceTypes */
                    resourceTypes?: (string[]|null);

                    /** ConsentData securityLabels */
                    securityLabels?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConsentData. */
                type $Shape = medmesh.tx.v1.ConsentData.$Properties;
            }

            /**
             * Properties of a ConsentGrant.
             * @deprecated Use medmesh.tx.v1.ConsentGrant.$Properties instead.
             */
            interface IConsentGrant extends medmesh.tx.v1.ConsentGrant.$Properties {
            }

            /** Represents a ConsentGrant. */
            class ConsentGrant {

                /**
                 * Constructs a new ConsentGrant.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.ConsentGrant.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConsentGrant consent. */
                consent?: (medmesh.tx.v1.Consent.$Properties|null);

                /**
                 * Creates a new ConsentGrant instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConsentGrant instance
                 */
                static create(properties: medmesh.tx.v1.ConsentGrant.$Shape): medmesh.tx.v1.ConsentGrant & medmesh.tx.v1.ConsentGrant.$Shape;
                static create(properties?: medmesh.tx.v1.ConsentGrant.$Properties): medmesh.tx.v1.ConsentGrant;

                /**
                 * Encodes the specified ConsentGrant message. Does not implicitly {@link medmesh.tx.v1.ConsentGrant.verify|verify} messages.
                 * @param message ConsentGrant message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.ConsentGrant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConsentGrant message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.ConsentGrant & medmesh.tx.v1.ConsentGrant.$Shape} ConsentGrant
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.ConsentGrant & medmesh.tx.v1.ConsentGrant.$Shape;

                /**
                 * Gets the type url for ConsentGrant
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConsentGrant {

                /** Properties of a ConsentGrant. */
                interface $Properties {

                    /** ConsentGrant consent */
                    consent?: (medmesh.tx.v1.Consent.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConsentGrant. */
                type $Shape = medmesh.tx.v1.ConsentGrant.$Properties;
            }

            /**
             * Properties of a ConsentRevoke.
             * @deprecated Use medmesh.tx.v1.ConsentRevoke.$Properties instead.
             */
            interface IConsentRevoke extends medmesh.tx.v1.ConsentRevoke.$Properties {
            }

            /** Represents a ConsentRevoke. */
            class ConsentRevoke {

                /**
                 * Constructs a new ConsentRevoke.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.ConsentRevoke.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConsentRevoke consentId. */
                consentId: Uint8Array;

                /** ConsentRevoke pseudonym. */
                pseudonym: Uint8Array;

                /**
                 * Creates a new ConsentRevoke instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConsentRevoke instance
                 */
                static create(properties: medmesh.tx.v1.ConsentRevoke.$Shape): medmesh.tx.v1.ConsentRevoke & medmesh.tx.v1.ConsentRevoke.$Shape;
                static create(properties?: medmesh.tx.v1.ConsentRevoke.$Properties): medmesh.tx.v1.ConsentRevoke;

                /**
                 * Encodes the specified ConsentRevoke message. Does not implicitly {@link medmesh.tx.v1.ConsentRevoke.verify|verify} messages.
                 * @param message ConsentRevoke message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.ConsentRevoke.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConsentRevoke message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.ConsentRevoke & medmesh.tx.v1.ConsentRevoke.$Shape} ConsentRevoke
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.ConsentRevoke & medmesh.tx.v1.ConsentRevoke.$Shape;

                /**
                 * Gets the type url for ConsentRevoke
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConsentRevoke {

                /** Properties of a ConsentRevoke. */
                interface $Properties {

                    /** ConsentRevoke consentId */
                    consentId?: (Uint8Array|null);

                    /** ConsentRevoke pseudonym */
                    pseudonym?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConsentRevoke. */
                type $Shape = medmesh.tx.v1.ConsentRevoke.$Properties;
            }

            /** AccessOutcome enum. */
            enum AccessOutcome {

                /** ACCESS_OUTCOME_UNSPECIFIED value */
                ACCESS_OUTCOME_UNSPECIFIED = 0,

                /** ACCESS_OUTCOME_GRANTED value */
                ACCESS_OUTCOME_GRANTED = 1,

                /** ACCESS_OUTCOME_DENIED value */
                ACCESS_OUTCOME_DENIED = 2,

                /** ACCESS_OUTCOME_BREAK_GLASS value */
                ACCESS_OUTCOME_BREAK_GLASS = 3
            }

            /**
             * Properties of an AccessEvent.
             * @deprecated Use medmesh.tx.v1.AccessEvent.$Properties instead.
             */
            interface IAccessEvent extends medmesh.tx.v1.AccessEvent.$Properties {
            }

            /** Represents an AccessEvent. */
            class AccessEvent {

                /**
                 * Constructs a new AccessEvent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.AccessEvent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AccessEvent requestHash. */
                requestHash: Uint8Array;

                /** AccessEvent pseudonym. */
                pseudonym: Uint8Array;

                /** AccessEvent outcome. */
                outcome: medmesh.tx.v1.AccessOutcome;

                /** AccessEvent reason. */
                reason: string;

                /** AccessEvent requesterKey. */
                requesterKey: Uint8Array;

                /** AccessEvent requesterOrg. */
                requesterOrg: string;

                /** AccessEvent requesterCountry. */
                requesterCountry: string;

                /** AccessEvent requesterRole. */
                requesterRole: medmesh.common.v1.Role;

                /** AccessEvent purpose. */
                purpose: medmesh.common.v1.Purpose;

                /** AccessEvent categories. */
                categories: string[];

                /** AccessEvent decisionHeight. */
                decisionHeight: number;

                /** AccessEvent bundleHash. */
                bundleHash: Uint8Array;

                /** AccessEvent holderOrg. */
                holderOrg: string;

                /** AccessEvent breakGlassReason. */
                breakGlassReason: string;

                /** AccessEvent consentIds. */
                consentIds: Uint8Array[];

                /** AccessEvent decidedAt. */
                decidedAt: number;

                /**
                 * Creates a new AccessEvent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AccessEvent instance
                 */
                static create(properties: medmesh.tx.v1.AccessEvent.$Shape): medmesh.tx.v1.AccessEvent & medmesh.tx.v1.AccessEvent.$Shape;
                static create(properties?: medmesh.tx.v1.AccessEvent.$Properties): medmesh.tx.v1.AccessEvent;

                /**
                 * Encodes the specified AccessEvent message. Does not implicitly {@link medmesh.tx.v1.AccessEvent.verify|verify} messages.
                 * @param message AccessEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.AccessEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AccessEvent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.AccessEvent & medmesh.tx.v1.AccessEvent.$Shape} AccessEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.AccessEvent & medmesh.tx.v1.AccessEvent.$Shape;

                /**
                 * Gets the type url for AccessEvent
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AccessEvent {

                /** Properties of an AccessEvent. */
                interface $Properties {

                    /** AccessEvent requestHash */
                    requestHash?: (Uint8Array|null);

                    /** AccessEvent pseudonym */
                    pseudonym?: (Uint8Array|null);

                    /** AccessEvent outcome */
                    outcome?: (medmesh.tx.v1.AccessOutcome|null);

                    /** AccessEvent reason */
                    reason?: (string|null);

                    /** AccessEvent requesterKey */
                    requesterKey?: (Uint8Array|null);

                    /** AccessEvent requesterOrg */
                    requesterOrg?: (string|null);

                    /** AccessEvent requesterCountry */
                    requesterCountry?: (string|null);

                    /** AccessEvent requesterRole */
                    requesterRole?: (medmesh.common.v1.Role|null);

                    /** AccessEvent purpose */
                    purpose?: (medmesh.common.v1.Purpose|null);

                    /** AccessEvent categories */
                    categories?: (string[]|null);

                    /** AccessEvent decisionHeight */
                    decisionHeight?: (number|null);

                    /** AccessEvent bundleHash */
                    bundleHash?: (Uint8Array|null);

                    /** AccessEvent holderOrg */
                    holderOrg?: (string|null);

                    /** AccessEvent breakGlassReason */
                    breakGlassReason?: (string|null);

                    /** AccessEvent consentIds */
                    consentIds?: (Uint8Array[]|null);

                    /** AccessEvent decidedAt */
                    decidedAt?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AccessEvent. */
                type $Shape = medmesh.tx.v1.AccessEvent.$Properties;
            }

            /**
             * Properties of a ProvenanceNote.
             * @deprecated Use medmesh.tx.v1.ProvenanceNote.$Properties instead.
             */
            interface IProvenanceNote extends medmesh.tx.v1.ProvenanceNote.$Properties {
            }

            /** Represents a ProvenanceNote. */
            class ProvenanceNote {

                /**
                 * Constructs a new ProvenanceNote.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.ProvenanceNote.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProvenanceNote subject. */
                subject: Uint8Array;

                /** ProvenanceNote kind. */
                kind: string;

                /** ProvenanceNote note. */
                note: string;

                /** ProvenanceNote references. */
                references: Uint8Array[];

                /**
                 * Creates a new ProvenanceNote instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProvenanceNote instance
                 */
                static create(properties: medmesh.tx.v1.ProvenanceNote.$Shape): medmesh.tx.v1.ProvenanceNote & medmesh.tx.v1.ProvenanceNote.$Shape;
                static create(properties?: medmesh.tx.v1.ProvenanceNote.$Properties): medmesh.tx.v1.ProvenanceNote;

                /**
                 * Encodes the specified ProvenanceNote message. Does not implicitly {@link medmesh.tx.v1.ProvenanceNote.verify|verify} messages.
                 * @param message ProvenanceNote message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.ProvenanceNote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProvenanceNote message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.ProvenanceNote & medmesh.tx.v1.ProvenanceNote.$Shape} ProvenanceNote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.ProvenanceNote & medmesh.tx.v1.ProvenanceNote.$Shape;

                /**
                 * Gets the type url for ProvenanceNote
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProvenanceNote {

                /** Properties of a ProvenanceNote. */
                interface $Properties {

                    /** ProvenanceNote subject */
                    subject?: (Uint8Array|null);

                    /** ProvenanceNote kind */
                    kind?: (string|null);

                    /** ProvenanceNote note */
                    note?: (string|null);

                    /** ProvenanceNote references */
                    references?: (Uint8Array[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProvenanceNote. */
                type $Shape = medmesh.tx.v1.ProvenanceNote.$Properties;
            }

            /**
             * Properties of a FeatureSpec.
             * @deprecated Use medmesh.tx.v1.FeatureSpec.$Properties instead.
             */
            interface IFeatureSpec extends medmesh.tx.v1.FeatureSpec.$Properties {
            }

            /** Represents a FeatureSpec. */
            class FeatureSpec {

                /**
                 * Constructs a new FeatureSpec.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.FeatureSpec.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FeatureSpec source. */
                source: string;

                /** FeatureSpec name. */
                name: string;

                /**
                 * Creates a new FeatureSpec instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FeatureSpec instance
                 */
                static create(properties: medmesh.tx.v1.FeatureSpec.$Shape): medmesh.tx.v1.FeatureSpec & medmesh.tx.v1.FeatureSpec.$Shape;
                static create(properties?: medmesh.tx.v1.FeatureSpec.$Properties): medmesh.tx.v1.FeatureSpec;

                /**
                 * Encodes the specified FeatureSpec message. Does not implicitly {@link medmesh.tx.v1.FeatureSpec.verify|verify} messages.
                 * @param message FeatureSpec message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.FeatureSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FeatureSpec message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.FeatureSpec & medmesh.tx.v1.FeatureSpec.$Shape} FeatureSpec
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.FeatureSpec & medmesh.tx.v1.FeatureSpec.$Shape;

                /**
                 * Gets the type url for FeatureSpec
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FeatureSpec {

                /** Properties of a FeatureSpec. */
                interface $Properties {

                    /** FeatureSpec source */
                    source?: (string|null);

                    /** FeatureSpec name */
                    name?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FeatureSpec. */
                type $Shape = medmesh.tx.v1.FeatureSpec.$Properties;
            }

            /**
             * Properties of a PrivacyParams.
             * @deprecated Use medmesh.tx.v1.PrivacyParams.$Properties instead.
             */
            interface IPrivacyParams extends medmesh.tx.v1.PrivacyParams.$Properties {
            }

            /** Represents a PrivacyParams. */
            class PrivacyParams {

                /**
                 * Constructs a new PrivacyParams.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.PrivacyParams.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PrivacyParams clipNorm. */
                clipNorm: number;

                /** PrivacyParams noiseMultiplier. */
                noiseMultiplier: number;

                /** PrivacyParams delta. */
                delta: number;

                /** PrivacyParams epsilonBudget. */
                epsilonBudget: number;

                /** PrivacyParams sampleRate. */
                sampleRate: number;

                /** PrivacyParams featureBounds. */
                featureBounds: medmesh.tx.v1.FeatureBound.$Properties[];

                /** PrivacyParams statsNoiseMultiplier. */
                statsNoiseMultiplier: number;

                /** PrivacyParams unit. */
                unit: medmesh.tx.v1.PrivacyUnit;

                /**
                 * Creates a new PrivacyParams instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PrivacyParams instance
                 */
                static create(properties: medmesh.tx.v1.PrivacyParams.$Shape): medmesh.tx.v1.PrivacyParams & medmesh.tx.v1.PrivacyParams.$Shape;
                static create(properties?: medmesh.tx.v1.PrivacyParams.$Properties): medmesh.tx.v1.PrivacyParams;

                /**
                 * Encodes the specified PrivacyParams message. Does not implicitly {@link medmesh.tx.v1.PrivacyParams.verify|verify} messages.
                 * @param message PrivacyParams message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.PrivacyParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PrivacyParams message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.PrivacyParams & medmesh.tx.v1.PrivacyParams.$Shape} PrivacyParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.PrivacyParams & medmesh.tx.v1.PrivacyParams.$Shape;

                /**
                 * Gets the type url for PrivacyParams
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PrivacyParams {

                /** Properties of a PrivacyParams. */
                interface $Properties {

                    /** PrivacyParams clipNorm */
                    clipNorm?: (number|null);

                    /** PrivacyParams noiseMultiplier */
                    noiseMultiplier?: (number|null);

                    /** PrivacyParams delta */
                    delta?: (number|null);

                    /** PrivacyParams epsilonBudget */
                    epsilonBudget?: (number|null);

                    /** PrivacyParams sampleRate */
                    sampleRate?: (number|null);

                    /** PrivacyParams featureBounds */
                    featureBounds?: (medmesh.tx.v1.FeatureBound.$Properties[]|null);

                    /** PrivacyParams statsNoiseMultiplier */
                    statsNoiseMultiplier?: (number|null);

                    /** PrivacyParams unit */
                    unit?: (medmesh.tx.v1.PrivacyUnit|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PrivacyParams. */
                type $Shape = medmesh.tx.v1.PrivacyParams.$Properties;
            }

            /** PrivacyUnit enum. */
            enum PrivacyUnit {

                /** PRIVACY_UNIT_SITE value */
                PRIVACY_UNIT_SITE = 0,

                /** PRIVACY_UNIT_RECORD value */
                PRIVACY_UNIT_RECORD = 1
            }

            /**
             * Properties of a FeatureBound.
             * @deprecated Use medmesh.tx.v1.FeatureBound.$Properties instead.
             */
            interface IFeatureBound extends medmesh.tx.v1.FeatureBound.$Properties {
            }

            /** Represents a FeatureBound. */
            class FeatureBound {

                /**
                 * Constructs a new FeatureBound.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.FeatureBound.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FeatureBound lo. */
                lo: number;

                /** FeatureBound hi. */
                hi: number;

                /**
                 * Creates a new FeatureBound instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FeatureBound instance
                 */
                static create(properties: medmesh.tx.v1.FeatureBound.$Shape): medmesh.tx.v1.FeatureBound & medmesh.tx.v1.FeatureBound.$Shape;
                static create(properties?: medmesh.tx.v1.FeatureBound.$Properties): medmesh.tx.v1.FeatureBound;

                /**
                 * Encodes the specified FeatureBound message. Does not implicitly {@link medmesh.tx.v1.FeatureBound.verify|verify} messages.
                 * @param message FeatureBound message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.FeatureBound.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FeatureBound message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.FeatureBound & medmesh.tx.v1.FeatureBound.$Shape} FeatureBound
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.FeatureBound & medmesh.tx.v1.FeatureBound.$Shape;

                /**
                 * Gets the type url for FeatureBound
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FeatureBound {

                /** Properties of a FeatureBound. */
                interface $Properties {

                    /** FeatureBound lo */
                    lo?: (number|null);

                    /** FeatureBound hi */
                    hi?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FeatureBound. */
                type $Shape = medmesh.tx.v1.FeatureBound.$Properties;
            }

            /**
             * Properties of a TrainingJob.
             * @deprecated Use medmesh.tx.v1.TrainingJob.$Properties instead.
             */
            interface ITrainingJob extends medmesh.tx.v1.TrainingJob.$Properties {
            }

            /** Represents a TrainingJob. */
            class TrainingJob {

                /**
                 * Constructs a new TrainingJob.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.TrainingJob.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TrainingJob title. */
                title: string;

                /** TrainingJob researcher. */
                researcher?: (medmesh.common.v1.Credential.$Properties|null);

                /** TrainingJob features. */
                features: medmesh.tx.v1.FeatureSpec.$Properties[];

                /** TrainingJob label. */
                label?: (medmesh.tx.v1.FeatureSpec.$Properties|null);

                /** TrainingJob labelPositive. */
                labelPositive: string;

                /** TrainingJob model. */
                model: string;

                /** TrainingJob rounds. */
                rounds: number;

                /** TrainingJob localEpochs. */
                localEpochs: number;

                /** TrainingJob batchSize. */
                batchSize: number;

                /** TrainingJob learningRate. */
                learningRate: number;

                /** TrainingJob strategy. */
                strategy: string;

                /** TrainingJob proximalMu. */
                proximalMu: number;

                /** TrainingJob privacy. */
                privacy?: (medmesh.tx.v1.PrivacyParams.$Properties|null);

                /** TrainingJob minParticipants. */
                minParticipants: number;

                /** TrainingJob roundDeadlineMs. */
                roundDeadlineMs: number;

                /** TrainingJob aggregation. */
                aggregation: string;

                /** TrainingJob table. */
                table: string;

                /** TrainingJob seed. */
                seed: number;

                /**
                 * Creates a new TrainingJob instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TrainingJob instance
                 */
                static create(properties: medmesh.tx.v1.TrainingJob.$Shape): medmesh.tx.v1.TrainingJob & medmesh.tx.v1.TrainingJob.$Shape;
                static create(properties?: medmesh.tx.v1.TrainingJob.$Properties): medmesh.tx.v1.TrainingJob;

                /**
                 * Encodes the specified TrainingJob message. Does not implicitly {@link medmesh.tx.v1.TrainingJob.verify|verify} messages.
                 * @param message TrainingJob message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.TrainingJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TrainingJob message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.TrainingJob & medmesh.tx.v1.TrainingJob.$Shape} TrainingJob
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.TrainingJob & medmesh.tx.v1.TrainingJob.$Shape;

                /**
                 * Gets the type url for TrainingJob
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TrainingJob {

                /** Properties of a TrainingJob. */
                interface $Properties {

                    /** TrainingJob title */
                    title?: (string|null);

                    /** TrainingJob researcher */
                    researcher?: (medmesh.common.v1.Credential.$Properties|null);

                    /** TrainingJob features */
                    features?: (medmesh.tx.v1.FeatureSpec.$Properties[]|null);

                    /** TrainingJob label */
                    label?: (medmesh.tx.v1.FeatureSpec.$Properties|null);

                    /** TrainingJob labelPositive */
                    labelPositive?: (string|null);

                    /** TrainingJob model */
                    model?: (string|null);

                    /** TrainingJob rounds */
                    rounds?: (number|null);

                    /** TrainingJob localEpochs */
                    localEpochs?: (number|null);

                    /** TrainingJob batchSize */
                    batchSize?: (number|null);

                    /** TrainingJob learningRate */
                    learningRate?: (number|null);

                    /** TrainingJob strategy */
                    strategy?: (string|null);

                    /** TrainingJob proximalMu */
                    proximalMu?: (number|null);

                    /** TrainingJob privacy */
                    privacy?: (medmesh.tx.v1.PrivacyParams.$Properties|null);

                    /** TrainingJob minParticipants */
                    minParticipants?: (number|null);

                    /** TrainingJob roundDeadlineMs */
                    roundDeadlineMs?: (number|null);

                    /** TrainingJob aggregation */
                    aggregation?: (string|null);

                    /** TrainingJob table */
                    table?: (string|null);

                    /** TrainingJob seed */
                    seed?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TrainingJob. */
                type $Shape = medmesh.tx.v1.TrainingJob.$Properties;
            }

            /**
             * Properties of a TrainingJobPropose.
             * @deprecated Use medmesh.tx.v1.TrainingJobPropose.$Properties instead.
             */
            interface ITrainingJobPropose extends medmesh.tx.v1.TrainingJobPropose.$Properties {
            }

            /** Represents a TrainingJobPropose. */
            class TrainingJobPropose {

                /**
                 * Constructs a new TrainingJobPropose.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.TrainingJobPropose.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TrainingJobPropose job. */
                job?: (medmesh.tx.v1.TrainingJob.$Properties|null);

                /**
                 * Creates a new TrainingJobPropose instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TrainingJobPropose instance
                 */
                static create(properties: medmesh.tx.v1.TrainingJobPropose.$Shape): medmesh.tx.v1.TrainingJobPropose & medmesh.tx.v1.TrainingJobPropose.$Shape;
                static create(properties?: medmesh.tx.v1.TrainingJobPropose.$Properties): medmesh.tx.v1.TrainingJobPropose;

                /**
                 * Encodes the specified TrainingJobPropose message. Does not implicitly {@link medmesh.tx.v1.TrainingJobPropose.verify|verify} messages.
                 * @param message TrainingJobPropose message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.TrainingJobPropose.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TrainingJobPropose message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.TrainingJobPropose & medmesh.tx.v1.TrainingJobPropose.$Shape} TrainingJobPropose
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.TrainingJobPropose & medmesh.tx.v1.TrainingJobPropose.$Shape;

                /**
                 * Gets the type url for TrainingJobPropose
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TrainingJobPropose {

                /** Properties of a TrainingJobPropose. */
                interface $Properties {

                    /** TrainingJobPropose job */
                    job?: (medmesh.tx.v1.TrainingJob.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TrainingJobPropose. */
                type $Shape = medmesh.tx.v1.TrainingJobPropose.$Properties;
            }

            /**
             * Properties of a TrainingJobApprove.
             * @deprecated Use medmesh.tx.v1.TrainingJobApprove.$Properties instead.
             */
            interface ITrainingJobApprove extends medmesh.tx.v1.TrainingJobApprove.$Properties {
            }

            /** Represents a TrainingJobApprove. */
            class TrainingJobApprove {

                /**
                 * Constructs a new TrainingJobApprove.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.TrainingJobApprove.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TrainingJobApprove jobId. */
                jobId: Uint8Array;

                /** TrainingJobApprove approve. */
                approve: boolean;

                /** TrainingJobApprove reason. */
                reason: string;

                /** TrainingJobApprove consentingPatients. */
                consentingPatients: number;

                /** TrainingJobApprove consentSnapshotHash. */
                consentSnapshotHash: Uint8Array;

                /** TrainingJobApprove maskKey. */
                maskKey: Uint8Array;

                /**
                 * Creates a new TrainingJobApprove instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TrainingJobApprove instance
                 */
                static create(properties: medmesh.tx.v1.TrainingJobApprove.$Shape): medmesh.tx.v1.TrainingJobApprove & medmesh.tx.v1.TrainingJobApprove.$Shape;
                static create(properties?: medmesh.tx.v1.TrainingJobApprove.$Properties): medmesh.tx.v1.TrainingJobApprove;

                /**
                 * Encodes the specified TrainingJobApprove message. Does not implicitly {@link medmesh.tx.v1.TrainingJobApprove.verify|verify} messages.
                 * @param message TrainingJobApprove message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.TrainingJobApprove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TrainingJobApprove message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.TrainingJobApprove & medmesh.tx.v1.TrainingJobApprove.$Shape} TrainingJobApprove
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.TrainingJobApprove & medmesh.tx.v1.TrainingJobApprove.$Shape;

                /**
                 * Gets the type url for TrainingJobApprove
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TrainingJobApprove {

                /** Properties of a TrainingJobApprove. */
                interface $Properties {

                    /** TrainingJobApprove jobId */
                    jobId?: (Uint8Array|null);

                    /** TrainingJobApprove approve */
                    approve?: (boolean|null);

                    /** TrainingJobApprove reason */
                    reason?: (string|null);

                    /** TrainingJobApprove consentingPatients */
                    consentingPatients?: (number|null);

                    /** TrainingJobApprove consentSnapshotHash */
                    consentSnapshotHash?: (Uint8Array|null);

                    /** TrainingJobApprove maskKey */
                    maskKey?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TrainingJobApprove. */
                type $Shape = medmesh.tx.v1.TrainingJobApprove.$Properties;
            }

            /**
             * Properties of a TrainingRoster.
             * @deprecated Use medmesh.tx.v1.TrainingRoster.$Properties instead.
             */
            interface ITrainingRoster extends medmesh.tx.v1.TrainingRoster.$Properties {
            }

            /** Represents a TrainingRoster. */
            class TrainingRoster {

                /**
                 * Constructs a new TrainingRoster.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.TrainingRoster.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TrainingRoster jobId. */
                jobId: Uint8Array;

                /** TrainingRoster round. */
                round: number;

                /** TrainingRoster attempt. */
                attempt: number;

                /** TrainingRoster orgs. */
                orgs: string[];

                /** TrainingRoster maskKeys. */
                maskKeys: Uint8Array[];

                /** TrainingRoster aggregatorOrg. */
                aggregatorOrg: string;

                /** TrainingRoster hePublicKeyHash. */
                hePublicKeyHash: Uint8Array;

                /** TrainingRoster deadline. */
                deadline: number;

                /**
                 * Creates a new TrainingRoster instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TrainingRoster instance
                 */
                static create(properties: medmesh.tx.v1.TrainingRoster.$Shape): medmesh.tx.v1.TrainingRoster & medmesh.tx.v1.TrainingRoster.$Shape;
                static create(properties?: medmesh.tx.v1.TrainingRoster.$Properties): medmesh.tx.v1.TrainingRoster;

                /**
                 * Encodes the specified TrainingRoster message. Does not implicitly {@link medmesh.tx.v1.TrainingRoster.verify|verify} messages.
                 * @param message TrainingRoster message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.TrainingRoster.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TrainingRoster message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.TrainingRoster & medmesh.tx.v1.TrainingRoster.$Shape} TrainingRoster
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.TrainingRoster & medmesh.tx.v1.TrainingRoster.$Shape;

                /**
                 * Gets the type url for TrainingRoster
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TrainingRoster {

                /** Properties of a TrainingRoster. */
                interface $Properties {

                    /** TrainingRoster jobId */
                    jobId?: (Uint8Array|null);

                    /** TrainingRoster round */
                    round?: (number|null);

                    /** TrainingRoster attempt */
                    attempt?: (number|null);

                    /** TrainingRoster orgs */
                    orgs?: (string[]|null);

                    /** TrainingRoster maskKeys */
                    maskKeys?: (Uint8Array[]|null);

                    /** TrainingRoster aggregatorOrg */
                    aggregatorOrg?: (string|null);

                    /** TrainingRoster hePublicKeyHash */
                    hePublicKeyHash?: (Uint8Array|null);

                    /** TrainingRoster deadline */
                    deadline?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TrainingRoster. */
                type $Shape = medmesh.tx.v1.TrainingRoster.$Properties;
            }

            /**
             * Properties of a TrainingRound.
             * @deprecated Use medmesh.tx.v1.TrainingRound.$Properties instead.
             */
            interface ITrainingRound extends medmesh.tx.v1.TrainingRound.$Properties {
            }

            /** Represents a TrainingRound. */
            class TrainingRound {

                /**
                 * Constructs a new TrainingRound.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.TrainingRound.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TrainingRound jobId. */
                jobId: Uint8Array;

                /** TrainingRound round. */
                round: number;

                /** TrainingRound attempt. */
                attempt: number;

                /** TrainingRound orgs. */
                orgs: string[];

                /** TrainingRound updateHashes. */
                updateHashes: Uint8Array[];

                /** TrainingRound aggregateHash. */
                aggregateHash: Uint8Array;

                /** TrainingRound exampleCounts. */
                exampleCounts: number[];

                /** TrainingRound epsilonSpent. */
                epsilonSpent: number;

                /** TrainingRound globalModelHash. */
                globalModelHash: Uint8Array;

                /**
                 * Creates a new TrainingRound instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TrainingRound instance
                 */
                static create(properties: medmesh.tx.v1.TrainingRound.$Shape): medmesh.tx.v1.TrainingRound & medmesh.tx.v1.TrainingRound.$Shape;
                static create(properties?: medmesh.tx.v1.TrainingRound.$Properties): medmesh.tx.v1.TrainingRound;

                /**
                 * Encodes the specified TrainingRound message. Does not implicitly {@link medmesh.tx.v1.TrainingRound.verify|verify} messages.
                 * @param message TrainingRound message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.TrainingRound.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TrainingRound message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.TrainingRound & medmesh.tx.v1.TrainingRound.$Shape} TrainingRound
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.TrainingRound & medmesh.tx.v1.TrainingRound.$Shape;

                /**
                 * Gets the type url for TrainingRound
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TrainingRound {

                /** Properties of a TrainingRound. */
                interface $Properties {

                    /** TrainingRound jobId */
                    jobId?: (Uint8Array|null);

                    /** TrainingRound round */
                    round?: (number|null);

                    /** TrainingRound attempt */
                    attempt?: (number|null);

                    /** TrainingRound orgs */
                    orgs?: (string[]|null);

                    /** TrainingRound updateHashes */
                    updateHashes?: (Uint8Array[]|null);

                    /** TrainingRound aggregateHash */
                    aggregateHash?: (Uint8Array|null);

                    /** TrainingRound exampleCounts */
                    exampleCounts?: (number[]|null);

                    /** TrainingRound epsilonSpent */
                    epsilonSpent?: (number|null);

                    /** TrainingRound globalModelHash */
                    globalModelHash?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TrainingRound. */
                type $Shape = medmesh.tx.v1.TrainingRound.$Properties;
            }

            /**
             * Properties of a TrainingComplete.
             * @deprecated Use medmesh.tx.v1.TrainingComplete.$Properties instead.
             */
            interface ITrainingComplete extends medmesh.tx.v1.TrainingComplete.$Properties {
            }

            /** Represents a TrainingComplete. */
            class TrainingComplete {

                /**
                 * Constructs a new TrainingComplete.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.TrainingComplete.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TrainingComplete jobId. */
                jobId: Uint8Array;

                /** TrainingComplete modelHash. */
                modelHash: Uint8Array;

                /** TrainingComplete rounds. */
                rounds: number;

                /** TrainingComplete epsilonSpent. */
                epsilonSpent: number;

                /**
                 * Creates a new TrainingComplete instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TrainingComplete instance
                 */
                static create(properties: medmesh.tx.v1.TrainingComplete.$Shape): medmesh.tx.v1.TrainingComplete & medmesh.tx.v1.TrainingComplete.$Shape;
                static create(properties?: medmesh.tx.v1.TrainingComplete.$Properties): medmesh.tx.v1.TrainingComplete;

                /**
                 * Encodes the specified TrainingComplete message. Does not implicitly {@link medmesh.tx.v1.TrainingComplete.verify|verify} messages.
                 * @param message TrainingComplete message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.TrainingComplete.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TrainingComplete message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.TrainingComplete & medmesh.tx.v1.TrainingComplete.$Shape} TrainingComplete
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.TrainingComplete & medmesh.tx.v1.TrainingComplete.$Shape;

                /**
                 * Gets the type url for TrainingComplete
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TrainingComplete {

                /** Properties of a TrainingComplete. */
                interface $Properties {

                    /** TrainingComplete jobId */
                    jobId?: (Uint8Array|null);

                    /** TrainingComplete modelHash */
                    modelHash?: (Uint8Array|null);

                    /** TrainingComplete rounds */
                    rounds?: (number|null);

                    /** TrainingComplete epsilonSpent */
                    epsilonSpent?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TrainingComplete. */
                type $Shape = medmesh.tx.v1.TrainingComplete.$Properties;
            }

            /**
             * Properties of a DuplicateVoteEvidence.
             * @deprecated Use medmesh.tx.v1.DuplicateVoteEvidence.$Properties instead.
             */
            interface IDuplicateVoteEvidence extends medmesh.tx.v1.DuplicateVoteEvidence.$Properties {
            }

            /** Represents a DuplicateVoteEvidence. */
            class DuplicateVoteEvidence {

                /**
                 * Constructs a new DuplicateVoteEvidence.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: medmesh.tx.v1.DuplicateVoteEvidence.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DuplicateVoteEvidence voteA. */
                voteA?: (medmesh.consensus.v1.Vote.$Properties|null);

                /** DuplicateVoteEvidence voteB. */
                voteB?: (medmesh.consensus.v1.Vote.$Properties|null);

                /**
                 * Creates a new DuplicateVoteEvidence instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DuplicateVoteEvidence instance
                 */
                static create(properties: medmesh.tx.v1.DuplicateVoteEvidence.$Shape): medmesh.tx.v1.DuplicateVoteEvidence & medmesh.tx.v1.DuplicateVoteEvidence.$Shape;
                static create(properties?: medmesh.tx.v1.DuplicateVoteEvidence.$Properties): medmesh.tx.v1.DuplicateVoteEvidence;

                /**
                 * Encodes the specified DuplicateVoteEvidence message. Does not implicitly {@link medmesh.tx.v1.DuplicateVoteEvidence.verify|verify} messages.
                 * @param message DuplicateVoteEvidence message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: medmesh.tx.v1.DuplicateVoteEvidence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DuplicateVoteEvidence message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.DuplicateVoteEvidence & medmesh.tx.v1.DuplicateVoteEvidence.$Shape} DuplicateVoteEvidence
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): medmesh.tx.v1.DuplicateVoteEvidence & medmesh.tx.v1.DuplicateVoteEvidence.$Shape;

                /**
                 * Gets the type url for DuplicateVoteEvidence
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DuplicateVoteEvidence {

                /** Properties of a DuplicateVoteEvidence. */
                interface $Properties {

                    /** DuplicateVoteEvidence voteA */
                    voteA?: (medmesh.consensus.v1.Vote.$Properties|null);

                    /** DuplicateVoteEvidence voteB */
                    voteB?: (medmesh.consensus.v1.Vote.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DuplicateVoteEvidence. */
                type $Shape = medmesh.tx.v1.DuplicateVoteEvidence.$Properties;
            }
        }
    }
}
