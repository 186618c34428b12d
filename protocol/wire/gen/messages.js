/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const medmesh = $root.medmesh = (() => {

    /**
     * Namespace medmesh.
     * @exports medmesh
     * @namespace
     */
    const medmesh = {};

    medmesh.common = (function() {

        /**
         * Namespace common.
         * @memberof medmesh
         * @namespace
         */
        const common = {};

        common.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof medmesh.common
             * @namespace
             */
            const v1 = {};

            /**
             * KeyType enum.
             * @name medmesh.common.v1.KeyType
             * @enum {number}
             * @property {number} KEY_TYPE_UNSPECIFIED=0 KEY_TYPE_UNSPECIFIED value
             * @property {number} KEY_TYPE_ED25519=1 KEY_TYPE_ED25519 value
             * @property {number} KEY_TYPE_P256=2 KEY_TYPE_P256 value
             */
            v1.KeyType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "KEY_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "KEY_TYPE_ED25519"] = 1;
                values[valuesById[2] = "KEY_TYPE_P256"] = 2;
                return values;
            })();

            v1.PublicKey = (function() {

                /**
                 * Properties of a PublicKey.
                 * @typedef {Object} medmesh.common.v1.PublicKey.$Properties
                 * @property {medmesh.common.v1.KeyType|null} [type] PublicKey type
                 * @property {Uint8Array|null} [key] PublicKey key
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PublicKey.
                 * @memberof medmesh.common.v1
                 * @interface IPublicKey
                 * @augments medmesh.common.v1.PublicKey.$Properties
                 * @deprecated Use medmesh.common.v1.PublicKey.$Properties instead.
                 */

                /**
                 * Shape of a PublicKey.
                 * @typedef {medmesh.common.v1.PublicKey.$Properties} medmesh.common.v1.PublicKey.$Shape
                 */

                /**
                 * Constructs a new PublicKey.
                 * @memberof medmesh.common.v1
                 * @classdesc Represents a PublicKey.
                 * @constructor
                 * @param {medmesh.common.v1.PublicKey.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PublicKey = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PublicKey type.
                 * @member {medmesh.common.v1.KeyType} type
                 * @memberof medmesh.common.v1.PublicKey
                 * @instance
                 */
                PublicKey.prototype.type = 0;

                /**
                 * PublicKey key.
                 * @member {Uint8Array} key
                 * @memberof medmesh.common.v1.PublicKey
                 * @instance
                 */
                PublicKey.prototype.key = $util.newBuffer([]);

                /**
                 * Creates a new PublicKey instance using the specified properties.
                 * @function create
                 * @memberof medmesh.common.v1.PublicKey
                 * @static
                 * @param {medmesh.common.v1.PublicKey.$Properties=} [properties] Properties to set
                 * @returns {medmesh.common.v1.PublicKey} PublicKey instance
                 * @type {{
                 *   (properties: medmesh.common.v1.PublicKey.$Shape): medmesh.common.v1.PublicKey & medmesh.common.v1.PublicKey.$Shape;
                 *   (properties?: medmesh.common.v1.PublicKey.$Properties): medmesh.common.v1.PublicKey;
                 * }}
                 */
                PublicKey.create = function(properties) {
                    return new PublicKey(properties);
                };

                /**
                 * Encodes the specified PublicKey message. Does not implicitly {@link medmesh.common.v1.PublicKey.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.common.v1.PublicKey
                 * @static
                 * @param {medmesh.common.v1.PublicKey.$Properties} message PublicKey message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PublicKey.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.key);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PublicKey message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.common.v1.PublicKey
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.common.v1.PublicKey & medmesh.common.v1.PublicKey.$Shape} PublicKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PublicKey.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.common.v1.PublicKey();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for PublicKey
                 * @function getTypeUrl
                 * @memberof medmesh.common.v1.PublicKey
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PublicKey.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.common.v1.PublicKey";
                };

                return PublicKey;
            })();

            v1.WebAuthnAssertion = (function() {

                /**
                 * Properties of a WebAuthnAssertion.
                 * @typedef {Object} medmesh.common.v1.WebAuthnAssertion.$Properties
                 * @property {Uint8Array|null} [authenticatorData] WebAuthnAssertion authenticatorData
                 * @property {Uint8Array|null} [clientDataJson] WebAuthnAssertion clientDataJson
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WebAuthnAssertion.
                 * @memberof medmesh.common.v1
                 * @interface IWebAuthnAssertion
                 * @augments medmesh.common.v1.WebAuthnAssertion.$Properties
                 * @deprecated Use medmesh.common.v1.WebAuthnAssertion.$Properties instead.
                 */

                /**
                 * Shape of a WebAuthnAssertion.
                 * @typedef {medmesh.common.v1.WebAuthnAssertion.$Properties} medmesh.common.v1.WebAuthnAssertion.$Shape
                 */

                /**
                 * Constructs a new WebAuthnAssertion.
                 * @memberof medmesh.common.v1
                 * @classdesc Represents a WebAuthnAssertion.
                 * @constructor
                 * @param {medmesh.common.v1.WebAuthnAssertion.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WebAuthnAssertion = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WebAuthnAssertion authenticatorData.
                 * @member {Uint8Array} authenticatorData
                 * @memberof medmesh.common.v1.WebAuthnAssertion
                 * @instance
                 */
                WebAuthnAssertion.prototype.authenticatorData = $util.newBuffer([]);

                /**
                 * WebAuthnAssertion clientDataJson.
                 * @member {Uint8Array} clientDataJson
                 * @memberof medmesh.common.v1.WebAuthnAssertion
                 * @instance
                 */
                WebAuthnAssertion.prototype.clientDataJson = $util.newBuffer([]);

                /**
                 * Creates a new WebAuthnAssertion instance using the specified properties.
                 * @function create
                 * @memberof medmesh.common.v1.WebAuthnAssertion
                 * @static
                 * @param {medmesh.common.v1.WebAuthnAssertion.$Properties=} [properties] Properties to set
                 * @returns {medmesh.common.v1.WebAuthnAssertion} WebAuthnAssertion instance
                 * @type {{
                 *   (properties: medmesh.common.v1.WebAuthnAssertion.$Shape): medmesh.common.v1.WebAuthnAssertion & medmesh.common.v1.WebAuthnAssertion.$Shape;
                 *   (properties?: medmesh.common.v1.WebAuthnAssertion.$Properties): medmesh.common.v1.WebAuthnAssertion;
                 * }}
                 */
                WebAuthnAssertion.create = function(properties) {
                    return new WebAuthnAssertion(properties);
                };

                /**
                 * Encodes the specified WebAuthnAssertion message. Does not implicitly {@link medmesh.common.v1.WebAuthnAssertion.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.common.v1.WebAuthnAssertion
                 * @static
                 * @param {medmesh.common.v1.WebAuthnAssertion.$Properties} message WebAuthnAssertion message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WebAuthnAssertion.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.authenticatorData != null && $Object.hasOwnProperty.call(message, "authenticatorData") && message.authenticatorData.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.authenticatorData);
                    if (message.clientDataJson != null && $Object.hasOwnProperty.call(message, "clientDataJson") && message.clientDataJson.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.clientDataJson);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WebAuthnAssertion message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.common.v1.WebAuthnAssertion
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.common.v1.WebAuthnAssertion & medmesh.common.v1.WebAuthnAssertion.$Shape} WebAuthnAssertion
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WebAuthnAssertion.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.common.v1.WebAuthnAssertion();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.authenticatorData = value;
                                else
                                    delete message.authenticatorData;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.clientDataJson = value;
                                else
                                    delete message.clientDataJson;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for WebAuthnAssertion
                 * @function getTypeUrl
                 * @memberof medmesh.common.v1.WebAuthnAssertion
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                WebAuthnAssertion.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.common.v1.WebAuthnAssertion";
                };

                return WebAuthnAssertion;
            })();

            /**
             * Purpose enum.
             * @name medmesh.common.v1.Purpose
             * @enum {number}
             * @property {number} PURPOSE_UNSPECIFIED=0 PURPOSE_UNSPECIFIED value
             * @property {number} PURPOSE_TREATMENT=1 PURPOSE_TREATMENT value
             * @property {number} PURPOSE_RESEARCH=2 PURPOSE_RESEARCH value
             * @property {number} PURPOSE_EMERGENCY=3 PURPOSE_EMERGENCY value
             */
            v1.Purpose = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "PURPOSE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "PURPOSE_TREATMENT"] = 1;
                values[valuesById[2] = "PURPOSE_RESEARCH"] = 2;
                values[valuesById[3] = "PURPOSE_EMERGENCY"] = 3;
                return values;
            })();

            /**
             * Role enum.
             * @name medmesh.common.v1.Role
             * @enum {number}
             * @property {number} ROLE_UNSPECIFIED=0 ROLE_UNSPECIFIED value
             * @property {number} ROLE_CLINICIAN=1 ROLE_CLINICIAN value
             * @property {number} ROLE_RESEARCHER=2 ROLE_RESEARCHER value
             * @property {number} ROLE_ADMIN=3 ROLE_ADMIN value
             * @property {number} ROLE_NURSE=4 ROLE_NURSE value
             */
            v1.Role = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ROLE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ROLE_CLINICIAN"] = 1;
                values[valuesById[2] = "ROLE_RESEARCHER"] = 2;
                values[valuesById[3] = "ROLE_ADMIN"] = 3;
                values[valuesById[4] = "ROLE_NURSE"] = 4;
                return values;
            })();

            v1.Credential = (function() {

                /**
                 * Properties of a Credential.
                 * @typedef {Object} medmesh.common.v1.Credential.$Properties
                 * @property {medmesh.common.v1.PublicKey.$Properties|null} [subject] Credential subject
                 * @property {string|null} [org] Credential org
                 * @property {string|null} [department] Credential department
                 * @property {medmesh.common.v1.Role|null} [role] Credential role
                 * @property {string|null} [country] Credential country
                 * @property {number|null} [notBefore] Credential notBefore
                 * @property {number|null} [notAfter] Credential notAfter
                 * @property {Uint8Array|null} [issuer] Credential issuer
                 * @property {Uint8Array|null} [serial] Credential serial
                 * @property {Uint8Array|null} [signature] Credential signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Credential.
                 * @memberof medmesh.common.v1
                 * @interface ICredential
                 * @augments medmesh.common.v1.Credential.$Properties
                 * @deprecated Use medmesh.common.v1.Credential.$Properties instead.
                 */

                /**
                 * Shape of a Credential.
                 * @typedef {medmesh.common.v1.Credential.$Properties} medmesh.common.v1.Credential.$Shape
                 */

                /**
                 * Constructs a new Credential.
                 * @memberof medmesh.common.v1
                 * @classdesc Represents a Credential.
                 * @constructor
                 * @param {medmesh.common.v1.Credential.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Credential = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Credential subject.
                 * @member {medmesh.common.v1.PublicKey.$Properties|null|undefined} subject
                 * @memberof medmesh.common.v1.Credential
                 * @instance
                 */
                Credential.prototype.subject = null;

                /**
                 * Credential org.
                 * @member {string} org
                 * @memberof medmesh.common.v1.Credential
                 * @instance
                 */
                Credential.prototype.org = "";

                /**
                 * Credential department.
                 * @member {string} department
                 * @memberof medmesh.common.v1.Credential
                 * @instance
                 */
                Credential.prototype.department = "";

                /**
                 * Credential role.
                 * @member {medmesh.common.v1.Role} role
                 * @memberof medmesh.common.v1.Credential
                 * @instance
                 */
                Credential.prototype.role = 0;

                /**
                 * Credential country.
                 * @member {string} country
                 * @memberof medmesh.common.v1.Credential
                 * @instance
                 */
                Credential.prototype.country = "";

                /**
                 * Credential notBefore.
                 * @member {number} notBefore
                 * @memberof medmesh.common.v1.Credential
                 * @instance
                 */
                Credential.prototype.notBefore = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Credential notAfter.
                 * @member {number} notAfter
                 * @memberof medmesh.common.v1.Credential
                 * @instance
                 */
                Credential.prototype.notAfter = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Credential issuer.
                 * @member {Uint8Array} issuer
                 * @memberof medmesh.common.v1.Credential
                 * @instance
                 */
                Credential.prototype.issuer = $util.newBuffer([]);

                /**
                 * Credential serial.
                 * @member {Uint8Array} serial
                 * @memberof medmesh.common.v1.Credential
                 * @instance
                 */
                Credential.prototype.serial = $util.newBuffer([]);

                /**
                 * Credential signature.
                 * @member {Uint8Array} signature
                 * @memberof medmesh.common.v1.Credential
                 * @instance
                 */
                Credential.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new Credential instance using the specified properties.
                 * @function create
                 * @memberof medmesh.common.v1.Credential
                 * @static
                 * @param {medmesh.common.v1.Credential.$Properties=} [properties] Properties to set
                 * @returns {medmesh.common.v1.Credential} Credential instance
                 * @type {{
                 *   (properties: medmesh.common.v1.Credential.$Shape): medmesh.common.v1.Credential & medmesh.common.v1.Credential.$Shape;
                 *   (properties?: medmesh.common.v1.Credential.$Properties): medmesh.common.v1.Credential;
                 * }}
                 */
                Credential.create = function(properties) {
                    return new Credential(properties);
                };

                /**
                 * Encodes the specified Credential message. Does not implicitly {@link medmesh.common.v1.Credential.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.common.v1.Credential
                 * @static
                 * @param {medmesh.common.v1.Credential.$Properties} message Credential message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Credential.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.subject != null && $Object.hasOwnProperty.call(message, "subject"))
                        $root.medmesh.common.v1.PublicKey.encode(message.subject, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.org != null && $Object.hasOwnProperty.call(message, "org") && message.org !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.org);
                    if (message.department != null && $Object.hasOwnProperty.call(message, "department") && message.department !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.department);
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.role);
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country") && message.country !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.country);
                    if (message.notBefore != null && $Object.hasOwnProperty.call(message, "notBefore") && (typeof message.notBefore === "object" ? message.notBefore.low || message.notBefore.high : message.notBefore !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.notBefore);
                    if (message.notAfter != null && $Object.hasOwnProperty.call(message, "notAfter") && (typeof message.notAfter === "object" ? message.notAfter.low || message.notAfter.high : message.notAfter !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.notAfter);
                    if (message.issuer != null && $Object.hasOwnProperty.call(message, "issuer") && message.issuer.length)
                        writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.issuer);
                    if (message.serial != null && $Object.hasOwnProperty.call(message, "serial") && message.serial.length)
                        writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.serial);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Credential message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.common.v1.Credential
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.common.v1.Credential & medmesh.common.v1.Credential.$Shape} Credential
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Credential.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.common.v1.Credential();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.subject = $root.medmesh.common.v1.PublicKey.decode(reader, reader.size(), $undefined, _depth + 1, message.subject);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.org = value;
                                else
                                    delete message.org;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.department = value;
                                else
                                    delete message.department;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.role = value;
                                else
                                    delete message.role;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.country = value;
                                else
                                    delete message.country;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.notBefore = value;
                                else
                                    delete message.notBefore;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.notAfter = value;
                                else
                                    delete message.notAfter;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.issuer = value;
                                else
                                    delete message.issuer;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.serial = value;
                                else
                                    delete message.serial;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Credential
                 * @function getTypeUrl
                 * @memberof medmesh.common.v1.Credential
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Credential.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.common.v1.Credential";
                };

                return Credential;
            })();

            v1.Period = (function() {

                /**
                 * Properties of a Period.
                 * @typedef {Object} medmesh.common.v1.Period.$Properties
                 * @property {number|null} [start] Period start
                 * @property {number|null} [end] Period end
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Period.
                 * @memberof medmesh.common.v1
                 * @interface IPeriod
                 * @augments medmesh.common.v1.Period.$Properties
                 * @deprecated Use medmesh.common.v1.Period.$Properties instead.
                 */

                /**
                 * Shape of a Period.
                 * @typedef {medmesh.common.v1.Period.$Properties} medmesh.common.v1.Period.$Shape
                 */

                /**
                 * Constructs a new Period.
                 * @memberof medmesh.common.v1
                 * @classdesc Represents a Period.
                 * @constructor
                 * @param {medmesh.common.v1.Period.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Period = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Period start.
                 * @member {number} start
                 * @memberof medmesh.common.v1.Period
                 * @instance
                 */
                Period.prototype.start = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Period end.
                 * @member {number} end
                 * @memberof medmesh.common.v1.Period
                 * @instance
                 */
                Period.prototype.end = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Period instance using the specified properties.
                 * @function create
                 * @memberof medmesh.common.v1.Period
                 * @static
                 * @param {medmesh.common.v1.Period.$Properties=} [properties] Properties to set
                 * @returns {medmesh.common.v1.Period} Period instance
                 * @type {{
                 *   (properties: medmesh.common.v1.Period.$Shape): medmesh.common.v1.Period & medmesh.common.v1.Period.$Shape;
                 *   (properties?: medmesh.common.v1.Period.$Properties): medmesh.common.v1.Period;
                 * }}
                 */
                Period.create = function(properties) {
                    return new Period(properties);
                };

                /**
                 * Encodes the specified Period message. Does not implicitly {@link medmesh.common.v1.Period.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.common.v1.Period
                 * @static
                 * @param {medmesh.common.v1.Period.$Properties} message Period message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Period.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.start);
                    if (message.end != null && $Object.hasOwnProperty.call(message, "end") && (typeof message.end === "object" ? message.end.low || message.end.high : message.end !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.end);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Period message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.common.v1.Period
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.common.v1.Period & medmesh.common.v1.Period.$Shape} Period
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Period.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.common.v1.Period();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.start = value;
                                else
                                    delete message.start;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.end = value;
                                else
                                    delete message.end;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Period
                 * @function getTypeUrl
                 * @memberof medmesh.common.v1.Period
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Period.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.common.v1.Period";
                };

                return Period;
            })();

            return v1;
        })();

        return common;
    })();

    medmesh.consensus = (function() {

        /**
         * Namespace consensus.
         * @memberof medmesh
         * @namespace
         */
        const consensus = {};

        consensus.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof medmesh.consensus
             * @namespace
             */
            const v1 = {};

            /**
             * VoteType enum.
             * @name medmesh.consensus.v1.VoteType
             * @enum {number}
             * @property {number} VOTE_TYPE_UNSPECIFIED=0 VOTE_TYPE_UNSPECIFIED value
             * @property {number} VOTE_TYPE_PREVOTE=1 VOTE_TYPE_PREVOTE value
             * @property {number} VOTE_TYPE_PRECOMMIT=2 VOTE_TYPE_PRECOMMIT value
             */
            v1.VoteType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "VOTE_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "VOTE_TYPE_PREVOTE"] = 1;
                values[valuesById[2] = "VOTE_TYPE_PRECOMMIT"] = 2;
                return values;
            })();

            v1.Vote = (function() {

                /**
                 * Properties of a Vote.
                 * @typedef {Object} medmesh.consensus.v1.Vote.$Properties
                 * @property {medmesh.consensus.v1.VoteType|null} [type] Vote type
                 * @property {number|null} [height] Vote height
                 * @property {number|null} [round] Vote round
                 * @property {Uint8Array|null} [blockHash] Vote blockHash
                 * @property {number|null} [timestamp] Vote timestamp
                 * @property {number|null} [validatorIndex] Vote validatorIndex
                 * @property {Uint8Array|null} [validator] Vote validator
                 * @property {Uint8Array|null} [signature] Vote signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Vote.
                 * @memberof medmesh.consensus.v1
                 * @interface IVote
                 * @augments medmesh.consensus.v1.Vote.$Properties
                 * @deprecated Use medmesh.consensus.v1.Vote.$Properties instead.
                 */

                /**
                 * Shape of a Vote.
                 * @typedef {medmesh.consensus.v1.Vote.$Properties} medmesh.consensus.v1.Vote.$Shape
                 */

                /**
                 * Constructs a new Vote.
                 * @memberof medmesh.consensus.v1
                 * @classdesc Represents a Vote.
                 * @constructor
                 * @param {medmesh.consensus.v1.Vote.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Vote = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Vote type.
                 * @member {medmesh.consensus.v1.VoteType} type
                 * @memberof medmesh.consensus.v1.Vote
                 * @instance
                 */
                Vote.prototype.type = 0;

                /**
                 * Vote height.
                 * @member {number} height
                 * @memberof medmesh.consensus.v1.Vote
                 * @instance
                 */
                Vote.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Vote round.
                 * @member {number} round
                 * @memberof medmesh.consensus.v1.Vote
                 * @instance
                 */
                Vote.prototype.round = 0;

                /**
                 * Vote blockHash.
                 * @member {Uint8Array} blockHash
                 * @memberof medmesh.consensus.v1.Vote
                 * @instance
                 */
                Vote.prototype.blockHash = $util.newBuffer([]);

                /**
                 * Vote timestamp.
                 * @member {number} timestamp
                 * @memberof medmesh.consensus.v1.Vote
                 * @instance
                 */
                Vote.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Vote validatorIndex.
                 * @member {number} validatorIndex
                 * @memberof medmesh.consensus.v1.Vote
                 * @instance
                 */
                Vote.prototype.validatorIndex = 0;

                /**
                 * Vote validator.
                 * @member {Uint8Array} validator
                 * @memberof medmesh.consensus.v1.Vote
                 * @instance
                 */
                Vote.prototype.validator = $util.newBuffer([]);

                /**
                 * Vote signature.
                 * @member {Uint8Array} signature
                 * @memberof medmesh.consensus.v1.Vote
                 * @instance
                 */
                Vote.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new Vote instance using the specified properties.
                 * @function create
                 * @memberof medmesh.consensus.v1.Vote
                 * @static
                 * @param {medmesh.consensus.v1.Vote.$Properties=} [properties] Properties to set
                 * @returns {medmesh.consensus.v1.Vote} Vote instance
                 * @type {{
                 *   (properties: medmesh.consensus.v1.Vote.$Shape): medmesh.consensus.v1.Vote & medmesh.consensus.v1.Vote.$Shape;
                 *   (properties?: medmesh.consensus.v1.Vote.$Properties): medmesh.consensus.v1.Vote;
                 * }}
                 */
                Vote.create = function(properties) {
                    return new Vote(properties);
                };

                /**
                 * Encodes the specified Vote message. Does not implicitly {@link medmesh.consensus.v1.Vote.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.consensus.v1.Vote
                 * @static
                 * @param {medmesh.consensus.v1.Vote.$Properties} message Vote message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Vote.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.round);
                    if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.blockHash);
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.timestamp);
                    if (message.validatorIndex != null && $Object.hasOwnProperty.call(message, "validatorIndex") && message.validatorIndex !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.validatorIndex);
                    if (message.validator != null && $Object.hasOwnProperty.call(message, "validator") && message.validator.length)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.validator);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Vote message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.consensus.v1.Vote
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.Vote & medmesh.consensus.v1.Vote.$Shape} Vote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Vote.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.consensus.v1.Vote();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.height = value;
                                else
                                    delete message.height;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.round = value;
                                else
                                    delete message.round;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.blockHash = value;
                                else
                                    delete message.blockHash;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.timestamp = value;
                                else
                                    delete message.timestamp;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.validatorIndex = value;
                                else
                                    delete message.validatorIndex;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.validator = value;
                                else
                                    delete message.validator;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Vote
                 * @function getTypeUrl
                 * @memberof medmesh.consensus.v1.Vote
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Vote.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.consensus.v1.Vote";
                };

                return Vote;
            })();

            v1.Proposal = (function() {

                /**
                 * Properties of a Proposal.
                 * @typedef {Object} medmesh.consensus.v1.Proposal.$Properties
                 * @property {number|null} [height] Proposal height
                 * @property {number|null} [round] Proposal round
                 * @property {number|null} [validRound] Proposal validRound
                 * @property {Uint8Array|null} [blockHash] Proposal blockHash
                 * @property {number|null} [timestamp] Proposal timestamp
                 * @property {Uint8Array|null} [proposer] Proposal proposer
                 * @property {Uint8Array|null} [signature] Proposal signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Proposal.
                 * @memberof medmesh.consensus.v1
                 * @interface IProposal
                 * @augments medmesh.consensus.v1.Proposal.$Properties
                 * @deprecated Use medmesh.consensus.v1.Proposal.$Properties instead.
                 */

                /**
                 * Shape of a Proposal.
                 * @typedef {medmesh.consensus.v1.Proposal.$Properties} medmesh.consensus.v1.Proposal.$Shape
                 */

                /**
                 * Constructs a new Proposal.
                 * @memberof medmesh.consensus.v1
                 * @classdesc Represents a Proposal.
                 * @constructor
                 * @param {medmesh.consensus.v1.Proposal.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Proposal = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Proposal height.
                 * @member {number} height
                 * @memberof medmesh.consensus.v1.Proposal
                 * @instance
                 */
                Proposal.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Proposal round.
                 * @member {number} round
                 * @memberof medmesh.consensus.v1.Proposal
                 * @instance
                 */
                Proposal.prototype.round = 0;

                /**
                 * Proposal validRound.
                 * @member {number} validRound
                 * @memberof medmesh.consensus.v1.Proposal
                 * @instance
                 */
                Proposal.prototype.validRound = 0;

                /**
                 * Proposal blockHash.
                 * @member {Uint8Array} blockHash
                 * @memberof medmesh.consensus.v1.Proposal
                 * @instance
                 */
                Proposal.prototype.blockHash = $util.newBuffer([]);

                /**
                 * Proposal timestamp.
                 * @member {number} timestamp
                 * @memberof medmesh.consensus.v1.Proposal
                 * @instance
                 */
                Proposal.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Proposal proposer.
                 * @member {Uint8Array} proposer
                 * @memberof medmesh.consensus.v1.Proposal
                 * @instance
                 */
                Proposal.prototype.proposer = $util.newBuffer([]);

                /**
                 * Proposal signature.
                 * @member {Uint8Array} signature
                 * @memberof medmesh.consensus.v1.Proposal
                 * @instance
                 */
                Proposal.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new Proposal instance using the specified properties.
                 * @function create
                 * @memberof medmesh.consensus.v1.Proposal
                 * @static
                 * @param {medmesh.consensus.v1.Proposal.$Properties=} [properties] Properties to set
                 * @returns {medmesh.consensus.v1.Proposal} Proposal instance
                 * @type {{
                 *   (properties: medmesh.consensus.v1.Proposal.$Shape): medmesh.consensus.v1.Proposal & medmesh.consensus.v1.Proposal.$Shape;
                 *   (properties?: medmesh.consensus.v1.Proposal.$Properties): medmesh.consensus.v1.Proposal;
                 * }}
                 */
                Proposal.create = function(properties) {
                    return new Proposal(properties);
                };

                /**
                 * Encodes the specified Proposal message. Does not implicitly {@link medmesh.consensus.v1.Proposal.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.consensus.v1.Proposal
                 * @static
                 * @param {medmesh.consensus.v1.Proposal.$Properties} message Proposal message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Proposal.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
                    if (message.validRound != null && $Object.hasOwnProperty.call(message, "validRound") && message.validRound !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.validRound);
                    if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.blockHash);
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.timestamp);
                    if (message.proposer != null && $Object.hasOwnProperty.call(message, "proposer") && message.proposer.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.proposer);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Proposal message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.consensus.v1.Proposal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.Proposal & medmesh.consensus.v1.Proposal.$Shape} Proposal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Proposal.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.consensus.v1.Proposal();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.height = value;
                                else
                                    delete message.height;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.round = value;
                                else
                                    delete message.round;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.validRound = value;
                                else
                                    delete message.validRound;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.blockHash = value;
                                else
                                    delete message.blockHash;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.timestamp = value;
                                else
                                    delete message.timestamp;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.proposer = value;
                                else
                                    delete message.proposer;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Proposal
                 * @function getTypeUrl
                 * @memberof medmesh.consensus.v1.Proposal
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Proposal.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.consensus.v1.Proposal";
                };

                return Proposal;
            })();

            v1.Header = (function() {

                /**
                 * Properties of a Header.
                 * @typedef {Object} medmesh.consensus.v1.Header.$Properties
                 * @property {string|null} [chainId] Header chainId
                 * @property {number|null} [height] Header height
                 * @property {number|null} [time] Header time
                 * @property {Uint8Array|null} [lastBlockHash] Header lastBlockHash
                 * @property {Uint8Array|null} [txRoot] Header txRoot
                 * @property {Uint8Array|null} [appHash] Header appHash
                 * @property {Uint8Array|null} [validatorsHash] Header validatorsHash
                 * @property {Uint8Array|null} [proposer] Header proposer
                 * @property {Uint8Array|null} [lastCommitHash] Header lastCommitHash
                 * @property {Uint8Array|null} [nextValidatorsHash] Header nextValidatorsHash
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Header.
                 * @memberof medmesh.consensus.v1
                 * @interface IHeader
                 * @augments medmesh.consensus.v1.Header.$Properties
                 * @deprecated Use medmesh.consensus.v1.Header.$Properties instead.
                 */

                /**
                 * Shape of a Header.
                 * @typedef {medmesh.consensus.v1.Header.$Properties} medmesh.consensus.v1.Header.$Shape
                 */

                /**
                 * Constructs a new Header.
                 * @memberof medmesh.consensus.v1
                 * @classdesc Represents a Header.
                 * @constructor
                 * @param {medmesh.consensus.v1.Header.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Header = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Header chainId.
                 * @member {string} chainId
                 * @memberof medmesh.consensus.v1.Header
                 * @instance
                 */
                Header.prototype.chainId = "";

                /**
                 * Header height.
                 * @member {number} height
                 * @memberof medmesh.consensus.v1.Header
                 * @instance
                 */
                Header.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Header time.
                 * @member {number} time
                 * @memberof medmesh.consensus.v1.Header
                 * @instance
                 */
                Header.prototype.time = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Header lastBlockHash.
                 * @member {Uint8Array} lastBlockHash
                 * @memberof medmesh.consensus.v1.Header
                 * @instance
                 */
                Header.prototype.lastBlockHash = $util.newBuffer([]);

                /**
                 * Header txRoot.
                 * @member {Uint8Array} txRoot
                 * @memberof medmesh.consensus.v1.Header
                 * @instance
                 */
                Header.prototype.txRoot = $util.newBuffer([]);

                /**
                 * Header appHash.
                 * @member {Uint8Array} appHash
                 * @memberof medmesh.consensus.v1.Header
                 * @instance
                 */
                Header.prototype.appHash = $util.newBuffer([]);

                /**
                 * Header validatorsHash.
                 * @member {Uint8Array} validatorsHash
                 * @memberof medmesh.consensus.v1.Header
                 * @instance
                 */
                Header.prototype.validatorsHash = $util.newBuffer([]);

                /**
                 * Header proposer.
                 * @member {Uint8Array} proposer
                 * @memberof medmesh.consensus.v1.Header
                 * @instance
                 */
                Header.prototype.proposer = $util.newBuffer([]);

                /**
                 * Header lastCommitHash.
                 * @member {Uint8Array} lastCommitHash
                 * @memberof medmesh.consensus.v1.Header
                 * @instance
                 */
                Header.prototype.lastCommitHash = $util.newBuffer([]);

                /**
                 * Header nextValidatorsHash.
                 * @member {Uint8Array} nextValidatorsHash
                 * @memberof medmesh.consensus.v1.Header
                 * @instance
                 */
                Header.prototype.nextValidatorsHash = $util.newBuffer([]);

                /**
                 * Creates a new Header instance using the specified properties.
                 * @function create
                 * @memberof medmesh.consensus.v1.Header
                 * @static
                 * @param {medmesh.consensus.v1.Header.$Properties=} [properties] Properties to set
                 * @returns {medmesh.consensus.v1.Header} Header instance
                 * @type {{
                 *   (properties: medmesh.consensus.v1.Header.$Shape): medmesh.consensus.v1.Header & medmesh.consensus.v1.Header.$Shape;
                 *   (properties?: medmesh.consensus.v1.Header.$Properties): medmesh.consensus.v1.Header;
                 * }}
                 */
                Header.create = function(properties) {
                    return new Header(properties);
                };

                /**
                 * Encodes the specified Header message. Does not implicitly {@link medmesh.consensus.v1.Header.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.consensus.v1.Header
                 * @static
                 * @param {medmesh.consensus.v1.Header.$Properties} message Header message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Header.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.chainId);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
                    if (message.time != null && $Object.hasOwnProperty.call(message, "time") && (typeof message.time === "object" ? message.time.low || message.time.high : message.time !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.time);
                    if (message.lastBlockHash != null && $Object.hasOwnProperty.call(message, "lastBlockHash") && message.lastBlockHash.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.lastBlockHash);
                    if (message.txRoot != null && $Object.hasOwnProperty.call(message, "txRoot") && message.txRoot.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.txRoot);
                    if (message.appHash != null && $Object.hasOwnProperty.call(message, "appHash") && message.appHash.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.appHash);
                    if (message.validatorsHash != null && $Object.hasOwnProperty.call(message, "validatorsHash") && message.validatorsHash.length)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.validatorsHash);
                    if (message.proposer != null && $Object.hasOwnProperty.call(message, "proposer") && message.proposer.length)
                        writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.proposer);
                    if (message.lastCommitHash != null && $Object.hasOwnProperty.call(message, "lastCommitHash") && message.lastCommitHash.length)
                        writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.lastCommitHash);
                    if (message.nextValidatorsHash != null && $Object.hasOwnProperty.call(message, "nextValidatorsHash") && message.nextValidatorsHash.length)
                        writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.nextValidatorsHash);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Header message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.consensus.v1.Header
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.Header & medmesh.consensus.v1.Header.$Shape} Header
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Header.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.consensus.v1.Header();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.chainId = value;
                                else
                                    delete message.chainId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.height = value;
                                else
                                    delete message.height;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.time = value;
                                else
                                    delete message.time;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.lastBlockHash = value;
                                else
                                    delete message.lastBlockHash;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.txRoot = value;
                                else
                                    delete message.txRoot;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.appHash = value;
                                else
                                    delete message.appHash;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.validatorsHash = value;
                                else
                                    delete message.validatorsHash;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.proposer = value;
                                else
                                    delete message.proposer;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.lastCommitHash = value;
                                else
                                    delete message.lastCommitHash;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.nextValidatorsHash = value;
                                else
                                    delete message.nextValidatorsHash;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Header
                 * @function getTypeUrl
                 * @memberof medmesh.consensus.v1.Header
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Header.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.consensus.v1.Header";
                };

                return Header;
            })();

            v1.CommitSig = (function() {

                /**
                 * Properties of a CommitSig.
                 * @typedef {Object} medmesh.consensus.v1.CommitSig.$Properties
                 * @property {number|null} [validatorIndex] CommitSig validatorIndex
                 * @property {number|null} [timestamp] CommitSig timestamp
                 * @property {Uint8Array|null} [signature] CommitSig signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CommitSig.
                 * @memberof medmesh.consensus.v1
                 * @interface ICommitSig
                 * @augments medmesh.consensus.v1.CommitSig.$Properties
                 * @deprecated Use medmesh.consensus.v1.CommitSig.$Properties instead.
                 */

                /**
                 * Shape of a CommitSig.
                 * @typedef {medmesh.consensus.v1.CommitSig.$Properties} medmesh.consensus.v1.CommitSig.$Shape
                 */

                /**
                 * Constructs a new CommitSig.
                 * @memberof medmesh.consensus.v1
                 * @classdesc Represents a CommitSig.
                 * @constructor
                 * @param {medmesh.consensus.v1.CommitSig.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CommitSig = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CommitSig validatorIndex.
                 * @member {number} validatorIndex
                 * @memberof medmesh.consensus.v1.CommitSig
                 * @instance
                 */
                CommitSig.prototype.validatorIndex = 0;

                /**
                 * CommitSig timestamp.
                 * @member {number} timestamp
                 * @memberof medmesh.consensus.v1.CommitSig
                 * @instance
                 */
                CommitSig.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CommitSig signature.
                 * @member {Uint8Array} signature
                 * @memberof medmesh.consensus.v1.CommitSig
                 * @instance
                 */
                CommitSig.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new CommitSig instance using the specified properties.
                 * @function create
                 * @memberof medmesh.consensus.v1.CommitSig
                 * @static
                 * @param {medmesh.consensus.v1.CommitSig.$Properties=} [properties] Properties to set
                 * @returns {medmesh.consensus.v1.CommitSig} CommitSig instance
                 * @type {{
                 *   (properties: medmesh.consensus.v1.CommitSig.$Shape): medmesh.consensus.v1.CommitSig & medmesh.consensus.v1.CommitSig.$Shape;
                 *   (properties?: medmesh.consensus.v1.CommitSig.$Properties): medmesh.consensus.v1.CommitSig;
                 * }}
                 */
                CommitSig.create = function(properties) {
                    return new CommitSig(properties);
                };

                /**
                 * Encodes the specified CommitSig message. Does not implicitly {@link medmesh.consensus.v1.CommitSig.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.consensus.v1.CommitSig
                 * @static
                 * @param {medmesh.consensus.v1.CommitSig.$Properties} message CommitSig message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CommitSig.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.validatorIndex != null && $Object.hasOwnProperty.call(message, "validatorIndex") && message.validatorIndex !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.validatorIndex);
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timestamp);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CommitSig message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.consensus.v1.CommitSig
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.CommitSig & medmesh.consensus.v1.CommitSig.$Shape} CommitSig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CommitSig.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.consensus.v1.CommitSig();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.validatorIndex = value;
                                else
                                    delete message.validatorIndex;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.timestamp = value;
                                else
                                    delete message.timestamp;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for CommitSig
                 * @function getTypeUrl
                 * @memberof medmesh.consensus.v1.CommitSig
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CommitSig.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.consensus.v1.CommitSig";
                };

                return CommitSig;
            })();

            v1.Commit = (function() {

                /**
                 * Properties of a Commit.
                 * @typedef {Object} medmesh.consensus.v1.Commit.$Properties
                 * @property {number|null} [height] Commit height
                 * @property {number|null} [round] Commit round
                 * @property {Uint8Array|null} [blockHash] Commit blockHash
                 * @property {Array.<medmesh.consensus.v1.CommitSig.$Properties>|null} [signatures] Commit signatures
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Commit.
                 * @memberof medmesh.consensus.v1
                 * @interface ICommit
                 * @augments medmesh.consensus.v1.Commit.$Properties
                 * @deprecated Use medmesh.consensus.v1.Commit.$Properties instead.
                 */

                /**
                 * Shape of a Commit.
                 * @typedef {medmesh.consensus.v1.Commit.$Properties} medmesh.consensus.v1.Commit.$Shape
                 */

                /**
                 * Constructs a new Commit.
                 * @memberof medmesh.consensus.v1
                 * @classdesc Represents a Commit.
                 * @constructor
                 * @param {medmesh.consensus.v1.Commit.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Commit = function (properties) {
                    this.signatures = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Commit height.
                 * @member {number} height
                 * @memberof medmesh.consensus.v1.Commit
                 * @instance
                 */
                Commit.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Commit round.
                 * @member {number} round
                 * @memberof medmesh.consensus.v1.Commit
                 * @instance
                 */
                Commit.prototype.round = 0;

                /**
                 * Commit blockHash.
                 * @member {Uint8Array} blockHash
                 * @memberof medmesh.consensus.v1.Commit
                 * @instance
                 */
                Commit.prototype.blockHash = $util.newBuffer([]);

                /**
                 * Commit signatures.
                 * @member {Array.<medmesh.consensus.v1.CommitSig.$Properties>} signatures
                 * @memberof medmesh.consensus.v1.Commit
                 * @instance
                 */
                Commit.prototype.signatures = $util.emptyArray;

                /**
                 * Creates a new Commit instance using the specified properties.
                 * @function create
                 * @memberof medmesh.consensus.v1.Commit
                 * @static
                 * @param {medmesh.consensus.v1.Commit.$Properties=} [properties] Properties to set
                 * @returns {medmesh.consensus.v1.Commit} Commit instance
                 * @type {{
                 *   (properties: medmesh.consensus.v1.Commit.$Shape): medmesh.consensus.v1.Commit & medmesh.consensus.v1.Commit.$Shape;
                 *   (properties?: medmesh.consensus.v1.Commit.$Properties): medmesh.consensus.v1.Commit;
                 * }}
                 */
                Commit.create = function(properties) {
                    return new Commit(properties);
                };

                /**
                 * Encodes the specified Commit message. Does not implicitly {@link medmesh.consensus.v1.Commit.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.consensus.v1.Commit
                 * @static
                 * @param {medmesh.consensus.v1.Commit.$Properties} message Commit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Commit.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
                    if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.blockHash);
                    if (message.signatures != null && message.signatures.length)
                        for (let i = 0; i < message.signatures.length; ++i)
                            $root.medmesh.consensus.v1.CommitSig.encode(message.signatures[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Commit message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.consensus.v1.Commit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.Commit & medmesh.consensus.v1.Commit.$Shape} Commit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Commit.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.consensus.v1.Commit();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.height = value;
                                else
                                    delete message.height;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.round = value;
                                else
                                    delete message.round;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.blockHash = value;
                                else
                                    delete message.blockHash;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.signatures && message.signatures.length))
                                    message.signatures = [];
                                message.signatures.push($root.medmesh.consensus.v1.CommitSig.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Commit
                 * @function getTypeUrl
                 * @memberof medmesh.consensus.v1.Commit
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Commit.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.consensus.v1.Commit";
                };

                return Commit;
            })();

            v1.Block = (function() {

                /**
                 * Properties of a Block.
                 * @typedef {Object} medmesh.consensus.v1.Block.$Properties
                 * @property {medmesh.consensus.v1.Header.$Properties|null} [header] Block header
                 * @property {Array.<Uint8Array>|null} [txs] Block txs
                 * @property {medmesh.consensus.v1.Commit.$Properties|null} [lastCommit] Block lastCommit
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Block.
                 * @memberof medmesh.consensus.v1
                 * @interface IBlock
                 * @augments medmesh.consensus.v1.Block.$Properties
                 * @deprecated Use medmesh.consensus.v1.Block.$Properties instead.
                 */

                /**
                 * Shape of a Block.
                 * @typedef {medmesh.consensus.v1.Block.$Properties} medmesh.consensus.v1.Block.$Shape
                 */

                /**
                 * Constructs a new Block.
                 * @memberof medmesh.consensus.v1
                 * @classdesc Represents a Block.
                 * @constructor
                 * @param {medmesh.consensus.v1.Block.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Block = function (properties) {
                    this.txs = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Block header.
                 * @member {medmesh.consensus.v1.Header.$Properties|null|undefined} header
                 * @memberof medmesh.consensus.v1.Block
                 * @instance
                 */
                Block.prototype.header = null;

                /**
                 * Block txs.
                 * @member {Array.<Uint8Array>} txs
                 * @memberof medmesh.consensus.v1.Block
                 * @instance
                 */
                Block.prototype.txs = $util.emptyArray;

                /**
                 * Block lastCommit.
                 * @member {medmesh.consensus.v1.Commit.$Properties|null|undefined} lastCommit
                 * @memberof medmesh.consensus.v1.Block
                 * @instance
                 */
                Block.prototype.lastCommit = null;

                /**
                 * Creates a new Block instance using the specified properties.
                 * @function create
                 * @memberof medmesh.consensus.v1.Block
                 * @static
                 * @param {medmesh.consensus.v1.Block.$Properties=} [properties] Properties to set
                 * @returns {medmesh.consensus.v1.Block} Block instance
                 * @type {{
                 *   (properties: medmesh.consensus.v1.Block.$Shape): medmesh.consensus.v1.Block & medmesh.consensus.v1.Block.$Shape;
                 *   (properties?: medmesh.consensus.v1.Block.$Properties): medmesh.consensus.v1.Block;
                 * }}
                 */
                Block.create = function(properties) {
                    return new Block(properties);
                };

                /**
                 * Encodes the specified Block message. Does not implicitly {@link medmesh.consensus.v1.Block.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.consensus.v1.Block
                 * @static
                 * @param {medmesh.consensus.v1.Block.$Properties} message Block message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Block.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                        $root.medmesh.consensus.v1.Header.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.txs != null && message.txs.length)
                        for (let i = 0; i < message.txs.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.txs[i]);
                    if (message.lastCommit != null && $Object.hasOwnProperty.call(message, "lastCommit"))
                        $root.medmesh.consensus.v1.Commit.encode(message.lastCommit, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Block message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.consensus.v1.Block
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.Block & medmesh.consensus.v1.Block.$Shape} Block
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Block.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.consensus.v1.Block();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.header = $root.medmesh.consensus.v1.Header.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.txs && message.txs.length))
                                    message.txs = [];
                                message.txs.push(reader.bytes());
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.lastCommit = $root.medmesh.consensus.v1.Commit.decode(reader, reader.size(), $undefined, _depth + 1, message.lastCommit);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Block
                 * @function getTypeUrl
                 * @memberof medmesh.consensus.v1.Block
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Block.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.consensus.v1.Block";
                };

                return Block;
            })();

            v1.ProposalMessage = (function() {

                /**
                 * Properties of a ProposalMessage.
                 * @typedef {Object} medmesh.consensus.v1.ProposalMessage.$Properties
                 * @property {medmesh.consensus.v1.Proposal.$Properties|null} [proposal] ProposalMessage proposal
                 * @property {medmesh.consensus.v1.Block.$Properties|null} [block] ProposalMessage block
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProposalMessage.
                 * @memberof medmesh.consensus.v1
                 * @interface IProposalMessage
                 * @augments medmesh.consensus.v1.ProposalMessage.$Properties
                 * @deprecated Use medmesh.consensus.v1.ProposalMessage.$Properties instead.
                 */

                /**
                 * Shape of a ProposalMessage.
                 * @typedef {medmesh.consensus.v1.ProposalMessage.$Properties} medmesh.consensus.v1.ProposalMessage.$Shape
                 */

                /**
                 * Constructs a new ProposalMessage.
                 * @memberof medmesh.consensus.v1
                 * @classdesc Represents a ProposalMessage.
                 * @constructor
                 * @param {medmesh.consensus.v1.ProposalMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProposalMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProposalMessage proposal.
                 * @member {medmesh.consensus.v1.Proposal.$Properties|null|undefined} proposal
                 * @memberof medmesh.consensus.v1.ProposalMessage
                 * @instance
                 */
                ProposalMessage.prototype.proposal = null;

                /**
                 * ProposalMessage block.
                 * @member {medmesh.consensus.v1.Block.$Properties|null|undefined} block
                 * @memberof medmesh.consensus.v1.ProposalMessage
                 * @instance
                 */
                ProposalMessage.prototype.block = null;

                /**
                 * Creates a new ProposalMessage instance using the specified properties.
                 * @function create
                 * @memberof medmesh.consensus.v1.ProposalMessage
                 * @static
                 * @param {medmesh.consensus.v1.ProposalMessage.$Properties=} [properties] Properties to set
                 * @returns {medmesh.consensus.v1.ProposalMessage} ProposalMessage instance
                 * @type {{
                 *   (properties: medmesh.consensus.v1.ProposalMessage.$Shape): medmesh.consensus.v1.ProposalMessage & medmesh.consensus.v1.ProposalMessage.$Shape;
                 *   (properties?: medmesh.consensus.v1.ProposalMessage.$Properties): medmesh.consensus.v1.ProposalMessage;
                 * }}
                 */
                ProposalMessage.create = function(properties) {
                    return new ProposalMessage(properties);
                };

                /**
                 * Encodes the specified ProposalMessage message. Does not implicitly {@link medmesh.consensus.v1.ProposalMessage.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.consensus.v1.ProposalMessage
                 * @static
                 * @param {medmesh.consensus.v1.ProposalMessage.$Properties} message ProposalMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProposalMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.proposal != null && $Object.hasOwnProperty.call(message, "proposal"))
                        $root.medmesh.consensus.v1.Proposal.encode(message.proposal, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                        $root.medmesh.consensus.v1.Block.encode(message.block, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProposalMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.consensus.v1.ProposalMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.ProposalMessage & medmesh.consensus.v1.ProposalMessage.$Shape} ProposalMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProposalMessage.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.consensus.v1.ProposalMessage();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.proposal = $root.medmesh.consensus.v1.Proposal.decode(reader, reader.size(), $undefined, _depth + 1, message.proposal);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.block = $root.medmesh.consensus.v1.Block.decode(reader, reader.size(), $undefined, _depth + 1, message.block);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ProposalMessage
                 * @function getTypeUrl
                 * @memberof medmesh.consensus.v1.ProposalMessage
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProposalMessage.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.consensus.v1.ProposalMessage";
                };

                return ProposalMessage;
            })();

            v1.Status = (function() {

                /**
                 * Properties of a Status.
                 * @typedef {Object} medmesh.consensus.v1.Status.$Properties
                 * @property {number|null} [height] Status height
                 * @property {Uint8Array|null} [lastBlockHash] Status lastBlockHash
                 * @property {number|null} [earliestHeight] Status earliestHeight
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Status.
                 * @memberof medmesh.consensus.v1
                 * @interface IStatus
                 * @augments medmesh.consensus.v1.Status.$Properties
                 * @deprecated Use medmesh.consensus.v1.Status.$Properties instead.
                 */

                /**
                 * Shape of a Status.
                 * @typedef {medmesh.consensus.v1.Status.$Properties} medmesh.consensus.v1.Status.$Shape
                 */

                /**
                 * Constructs a new Status.
                 * @memberof medmesh.consensus.v1
                 * @classdesc Represents a Status.
                 * @constructor
                 * @param {medmesh.consensus.v1.Status.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Status = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Status height.
                 * @member {number} height
                 * @memberof medmesh.consensus.v1.Status
                 * @instance
                 */
                Status.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Status lastBlockHash.
                 * @member {Uint8Array} lastBlockHash
                 * @memberof medmesh.consensus.v1.Status
                 * @instance
                 */
                Status.prototype.lastBlockHash = $util.newBuffer([]);

                /**
                 * Status earliestHeight.
                 * @member {number} earliestHeight
                 * @memberof medmesh.consensus.v1.Status
                 * @instance
                 */
                Status.prototype.earliestHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Status instance using the specified properties.
                 * @function create
                 * @memberof medmesh.consensus.v1.Status
                 * @static
                 * @param {medmesh.consensus.v1.Status.$Properties=} [properties] Properties to set
                 * @returns {medmesh.consensus.v1.Status} Status instance
                 * @type {{
                 *   (properties: medmesh.consensus.v1.Status.$Shape): medmesh.consensus.v1.Status & medmesh.consensus.v1.Status.$Shape;
                 *   (properties?: medmesh.consensus.v1.Status.$Properties): medmesh.consensus.v1.Status;
                 * }}
                 */
                Status.create = function(properties) {
                    return new Status(properties);
                };

                /**
                 * Encodes the specified Status message. Does not implicitly {@link medmesh.consensus.v1.Status.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.consensus.v1.Status
                 * @static
                 * @param {medmesh.consensus.v1.Status.$Properties} message Status message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Status.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
                    if (message.lastBlockHash != null && $Object.hasOwnProperty.call(message, "lastBlockHash") && message.lastBlockHash.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.lastBlockHash);
                    if (message.earliestHeight != null && $Object.hasOwnProperty.call(message, "earliestHeight") && (typeof message.earliestHeight === "object" ? message.earliestHeight.low || message.earliestHeight.high : message.earliestHeight !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.earliestHeight);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Status message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.consensus.v1.Status
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.Status & medmesh.consensus.v1.Status.$Shape} Status
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Status.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.consensus.v1.Status();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.height = value;
                                else
                                    delete message.height;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.lastBlockHash = value;
                                else
                                    delete message.lastBlockHash;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.earliestHeight = value;
                                else
                                    delete message.earliestHeight;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Status
                 * @function getTypeUrl
                 * @memberof medmesh.consensus.v1.Status
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Status.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.consensus.v1.Status";
                };

                return Status;
            })();

            v1.SyncRequest = (function() {

                /**
                 * Properties of a SyncRequest.
                 * @typedef {Object} medmesh.consensus.v1.SyncRequest.$Properties
                 * @property {number|null} [fromHeight] SyncRequest fromHeight
                 * @property {number|null} [toHeight] SyncRequest toHeight
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SyncRequest.
                 * @memberof medmesh.consensus.v1
                 * @interface ISyncRequest
                 * @augments medmesh.consensus.v1.SyncRequest.$Properties
                 * @deprecated Use medmesh.consensus.v1.SyncRequest.$Properties instead.
                 */

                /**
                 * Shape of a SyncRequest.
                 * @typedef {medmesh.consensus.v1.SyncRequest.$Properties} medmesh.consensus.v1.SyncRequest.$Shape
                 */

                /**
                 * Constructs a new SyncRequest.
                 * @memberof medmesh.consensus.v1
                 * @classdesc Represents a SyncRequest.
                 * @constructor
                 * @param {medmesh.consensus.v1.SyncRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SyncRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SyncRequest fromHeight.
                 * @member {number} fromHeight
                 * @memberof medmesh.consensus.v1.SyncRequest
                 * @instance
                 */
                SyncRequest.prototype.fromHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SyncRequest toHeight.
                 * @member {number} toHeight
                 * @memberof medmesh.consensus.v1.SyncRequest
                 * @instance
                 */
                SyncRequest.prototype.toHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new SyncRequest instance using the specified properties.
                 * @function create
                 * @memberof medmesh.consensus.v1.SyncRequest
                 * @static
                 * @param {medmesh.consensus.v1.SyncRequest.$Properties=} [properties] Properties to set
                 * @returns {medmesh.consensus.v1.SyncRequest} SyncRequest instance
                 * @type {{
                 *   (properties: medmesh.consensus.v1.SyncRequest.$Shape): medmesh.consensus.v1.SyncRequest & medmesh.consensus.v1.SyncRequest.$Shape;
                 *   (properties?: medmesh.consensus.v1.SyncRequest.$Properties): medmesh.consensus.v1.SyncRequest;
                 * }}
                 */
                SyncRequest.create = function(properties) {
                    return new SyncRequest(properties);
                };

                /**
                 * Encodes the specified SyncRequest message. Does not implicitly {@link medmesh.consensus.v1.SyncRequest.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.consensus.v1.SyncRequest
                 * @static
                 * @param {medmesh.consensus.v1.SyncRequest.$Properties} message SyncRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SyncRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.fromHeight != null && $Object.hasOwnProperty.call(message, "fromHeight") && (typeof message.fromHeight === "object" ? message.fromHeight.low || message.fromHeight.high : message.fromHeight !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.fromHeight);
                    if (message.toHeight != null && $Object.hasOwnProperty.call(message, "toHeight") && (typeof message.toHeight === "object" ? message.toHeight.low || message.toHeight.high : message.toHeight !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.toHeight);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SyncRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.consensus.v1.SyncRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.SyncRequest & medmesh.consensus.v1.SyncRequest.$Shape} SyncRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SyncRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.consensus.v1.SyncRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.fromHeight = value;
                                else
                                    delete message.fromHeight;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.toHeight = value;
                                else
                                    delete message.toHeight;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for SyncRequest
                 * @function getTypeUrl
                 * @memberof medmesh.consensus.v1.SyncRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SyncRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.consensus.v1.SyncRequest";
                };

                return SyncRequest;
            })();

            v1.BlockWithCommit = (function() {

                /**
                 * Properties of a BlockWithCommit.
                 * @typedef {Object} medmesh.consensus.v1.BlockWithCommit.$Properties
                 * @property {medmesh.consensus.v1.Block.$Properties|null} [block] BlockWithCommit block
                 * @property {medmesh.consensus.v1.Commit.$Properties|null} [commit] BlockWithCommit commit
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a BlockWithCommit.
                 * @memberof medmesh.consensus.v1
                 * @interface IBlockWithCommit
                 * @augments medmesh.consensus.v1.BlockWithCommit.$Properties
                 * @deprecated Use medmesh.consensus.v1.BlockWithCommit.$Properties instead.
                 */

                /**
                 * Shape of a BlockWithCommit.
                 * @typedef {medmesh.consensus.v1.BlockWithCommit.$Properties} medmesh.consensus.v1.BlockWithCommit.$Shape
                 */

                /**
                 * Constructs a new BlockWithCommit.
                 * @memberof medmesh.consensus.v1
                 * @classdesc Represents a BlockWithCommit.
                 * @constructor
                 * @param {medmesh.consensus.v1.BlockWithCommit.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const BlockWithCommit = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * BlockWithCommit block.
                 * @member {medmesh.consensus.v1.Block.$Properties|null|undefined} block
                 * @memberof medmesh.consensus.v1.BlockWithCommit
                 * @instance
                 */
                BlockWithCommit.prototype.block = null;

                /**
                 * BlockWithCommit commit.
                 * @member {medmesh.consensus.v1.Commit.$Properties|null|undefined} commit
                 * @memberof medmesh.consensus.v1.BlockWithCommit
                 * @instance
                 */
                BlockWithCommit.prototype.commit = null;

                /**
                 * Creates a new BlockWithCommit instance using the specified properties.
                 * @function create
                 * @memberof medmesh.consensus.v1.BlockWithCommit
                 * @static
                 * @param {medmesh.consensus.v1.BlockWithCommit.$Properties=} [properties] Properties to set
                 * @returns {medmesh.consensus.v1.BlockWithCommit} BlockWithCommit instance
                 * @type {{
                 *   (properties: medmesh.consensus.v1.BlockWithCommit.$Shape): medmesh.consensus.v1.BlockWithCommit & medmesh.consensus.v1.BlockWithCommit.$Shape;
                 *   (properties?: medmesh.consensus.v1.BlockWithCommit.$Properties): medmesh.consensus.v1.BlockWithCommit;
                 * }}
                 */
                BlockWithCommit.create = function(properties) {
                    return new BlockWithCommit(properties);
                };

                /**
                 * Encodes the specified BlockWithCommit message. Does not implicitly {@link medmesh.consensus.v1.BlockWithCommit.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.consensus.v1.BlockWithCommit
                 * @static
                 * @param {medmesh.consensus.v1.BlockWithCommit.$Properties} message BlockWithCommit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BlockWithCommit.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                        $root.medmesh.consensus.v1.Block.encode(message.block, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                        $root.medmesh.consensus.v1.Commit.encode(message.commit, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a BlockWithCommit message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.consensus.v1.BlockWithCommit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.BlockWithCommit & medmesh.consensus.v1.BlockWithCommit.$Shape} BlockWithCommit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BlockWithCommit.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.consensus.v1.BlockWithCommit();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.block = $root.medmesh.consensus.v1.Block.decode(reader, reader.size(), $undefined, _depth + 1, message.block);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.commit = $root.medmesh.consensus.v1.Commit.decode(reader, reader.size(), $undefined, _depth + 1, message.commit);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for BlockWithCommit
                 * @function getTypeUrl
                 * @memberof medmesh.consensus.v1.BlockWithCommit
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                BlockWithCommit.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.consensus.v1.BlockWithCommit";
                };

                return BlockWithCommit;
            })();

            v1.SyncResponse = (function() {

                /**
                 * Properties of a SyncResponse.
                 * @typedef {Object} medmesh.consensus.v1.SyncResponse.$Properties
                 * @property {Array.<medmesh.consensus.v1.BlockWithCommit.$Properties>|null} [blocks] SyncResponse blocks
                 * @property {number|null} [latestHeight] SyncResponse latestHeight
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SyncResponse.
                 * @memberof medmesh.consensus.v1
                 * @interface ISyncResponse
                 * @augments medmesh.consensus.v1.SyncResponse.$Properties
                 * @deprecated Use medmesh.consensus.v1.SyncResponse.$Properties instead.
                 */

                /**
                 * Shape of a SyncResponse.
                 * @typedef {medmesh.consensus.v1.SyncResponse.$Properties} medmesh.consensus.v1.SyncResponse.$Shape
                 */

                /**
                 * Constructs a new SyncResponse.
                 * @memberof medmesh.consensus.v1
                 * @classdesc Represents a SyncResponse.
                 * @constructor
                 * @param {medmesh.consensus.v1.SyncResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SyncResponse = function (properties) {
                    this.blocks = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SyncResponse blocks.
                 * @member {Array.<medmesh.consensus.v1.BlockWithCommit.$Properties>} blocks
                 * @memberof medmesh.consensus.v1.SyncResponse
                 * @instance
                 */
                SyncResponse.prototype.blocks = $util.emptyArray;

                /**
                 * SyncResponse latestHeight.
                 * @member {number} latestHeight
                 * @memberof medmesh.consensus.v1.SyncResponse
                 * @instance
                 */
                SyncResponse.prototype.latestHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new SyncResponse instance using the specified properties.
                 * @function create
                 * @memberof medmesh.consensus.v1.SyncResponse
                 * @static
                 * @param {medmesh.consensus.v1.SyncResponse.$Properties=} [properties] Properties to set
                 * @returns {medmesh.consensus.v1.SyncResponse} SyncResponse instance
                 * @type {{
                 *   (properties: medmesh.consensus.v1.SyncResponse.$Shape): medmesh.consensus.v1.SyncResponse & medmesh.consensus.v1.SyncResponse.$Shape;
                 *   (properties?: medmesh.consensus.v1.SyncResponse.$Properties): medmesh.consensus.v1.SyncResponse;
                 * }}
                 */
                SyncResponse.create = function(properties) {
                    return new SyncResponse(properties);
                };

                /**
                 * Encodes the specified SyncResponse message. Does not implicitly {@link medmesh.consensus.v1.SyncResponse.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.consensus.v1.SyncResponse
                 * @static
                 * @param {medmesh.consensus.v1.SyncResponse.$Properties} message SyncResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SyncResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.blocks != null && message.blocks.length)
                        for (let i = 0; i < message.blocks.length; ++i)
                            $root.medmesh.consensus.v1.BlockWithCommit.encode(message.blocks[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.latestHeight != null && $Object.hasOwnProperty.call(message, "latestHeight") && (typeof message.latestHeight === "object" ? message.latestHeight.low || message.latestHeight.high : message.latestHeight !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.latestHeight);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SyncResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.consensus.v1.SyncResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.SyncResponse & medmesh.consensus.v1.SyncResponse.$Shape} SyncResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SyncResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.consensus.v1.SyncResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.blocks && message.blocks.length))
                                    message.blocks = [];
                                message.blocks.push($root.medmesh.consensus.v1.BlockWithCommit.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.latestHeight = value;
                                else
                                    delete message.latestHeight;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for SyncResponse
                 * @function getTypeUrl
                 * @memberof medmesh.consensus.v1.SyncResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SyncResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.consensus.v1.SyncResponse";
                };

                return SyncResponse;
            })();

            v1.TxGossip = (function() {

                /**
                 * Properties of a TxGossip.
                 * @typedef {Object} medmesh.consensus.v1.TxGossip.$Properties
                 * @property {Array.<Uint8Array>|null} [txs] TxGossip txs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TxGossip.
                 * @memberof medmesh.consensus.v1
                 * @interface ITxGossip
                 * @augments medmesh.consensus.v1.TxGossip.$Properties
                 * @deprecated Use medmesh.consensus.v1.TxGossip.$Properties instead.
                 */

                /**
                 * Shape of a TxGossip.
                 * @typedef {medmesh.consensus.v1.TxGossip.$Properties} medmesh.consensus.v1.TxGossip.$Shape
                 */

                /**
                 * Constructs a new TxGossip.
                 * @memberof medmesh.consensus.v1
                 * @classdesc Represents a TxGossip.
                 * @constructor
                 * @param {medmesh.consensus.v1.TxGossip.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TxGossip = function (properties) {
                    this.txs = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TxGossip txs.
                 * @member {Array.<Uint8Array>} txs
                 * @memberof medmesh.consensus.v1.TxGossip
                 * @instance
                 */
                TxGossip.prototype.txs = $util.emptyArray;

                /**
                 * Creates a new TxGossip instance using the specified properties.
                 * @function create
                 * @memberof medmesh.consensus.v1.TxGossip
                 * @static
                 * @param {medmesh.consensus.v1.TxGossip.$Properties=} [properties] Properties to set
                 * @returns {medmesh.consensus.v1.TxGossip} TxGossip instance
                 * @type {{
                 *   (properties: medmesh.consensus.v1.TxGossip.$Shape): medmesh.consensus.v1.TxGossip & medmesh.consensus.v1.TxGossip.$Shape;
                 *   (properties?: medmesh.consensus.v1.TxGossip.$Properties): medmesh.consensus.v1.TxGossip;
                 * }}
                 */
                TxGossip.create = function(properties) {
                    return new TxGossip(properties);
                };

                /**
                 * Encodes the specified TxGossip message. Does not implicitly {@link medmesh.consensus.v1.TxGossip.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.consensus.v1.TxGossip
                 * @static
                 * @param {medmesh.consensus.v1.TxGossip.$Properties} message TxGossip message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TxGossip.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.txs != null && message.txs.length)
                        for (let i = 0; i < message.txs.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.txs[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TxGossip message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.consensus.v1.TxGossip
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.TxGossip & medmesh.consensus.v1.TxGossip.$Shape} TxGossip
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TxGossip.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.consensus.v1.TxGossip();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.txs && message.txs.length))
                                    message.txs = [];
                                message.txs.push(reader.bytes());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for TxGossip
                 * @function getTypeUrl
                 * @memberof medmesh.consensus.v1.TxGossip
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TxGossip.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.consensus.v1.TxGossip";
                };

                return TxGossip;
            })();

            v1.ConsensusMessage = (function() {

                /**
                 * Properties of a ConsensusMessage.
                 * @typedef {Object} medmesh.consensus.v1.ConsensusMessage.$Properties
                 * @property {medmesh.consensus.v1.ProposalMessage.$Properties|null} [proposal] ConsensusMessage proposal
                 * @property {medmesh.consensus.v1.Vote.$Properties|null} [vote] ConsensusMessage vote
                 * @property {medmesh.consensus.v1.Status.$Properties|null} [status] ConsensusMessage status
                 * @property {"proposal"|"vote"|"status"} [body] ConsensusMessage body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConsensusMessage.
                 * @memberof medmesh.consensus.v1
                 * @interface IConsensusMessage
                 * @augments medmesh.consensus.v1.ConsensusMessage.$Properties
                 * @deprecated Use medmesh.consensus.v1.ConsensusMessage.$Properties instead.
                 */

                /**
                 * Narrowed shape of a ConsensusMessage.
                 * @typedef {{
                 *   proposal?: medmesh.consensus.v1.ProposalMessage.$Shape|null;
                 *   vote?: medmesh.consensus.v1.Vote.$Shape|null;
                 *   status?: medmesh.consensus.v1.Status.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; proposal?: null; vote?: null; status?: null }|{ body?: "proposal"; proposal: medmesh.consensus.v1.ProposalMessage.$Shape; vote?: null; status?: null }|{ body?: "vote"; proposal?: null; vote: medmesh.consensus.v1.Vote.$Shape; status?: null }|{ body?: "status"; proposal?: null; vote?: null; status: medmesh.consensus.v1.Status.$Shape })
                 * )} medmesh.consensus.v1.ConsensusMessage.$Shape
                 */

                /**
                 * Constructs a new ConsensusMessage.
                 * @memberof medmesh.consensus.v1
                 * @classdesc Represents a ConsensusMessage.
                 * @constructor
                 * @param {medmesh.consensus.v1.ConsensusMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConsensusMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ConsensusMessage proposal.
                 * @member {medmesh.consensus.v1.ProposalMessage.$Properties|null|undefined} proposal
                 * @memberof medmesh.consensus.v1.ConsensusMessage
                 * @instance
                 */
                ConsensusMessage.prototype.proposal = null;

                /**
                 * ConsensusMessage vote.
                 * @member {medmesh.consensus.v1.Vote.$Properties|null|undefined} vote
                 * @memberof medmesh.consensus.v1.ConsensusMessage
                 * @instance
                 */
                ConsensusMessage.prototype.vote = null;

                /**
                 * ConsensusMessage status.
                 * @member {medmesh.consensus.v1.Status.$Properties|null|undefined} status
                 * @memberof medmesh.consensus.v1.ConsensusMessage
                 * @instance
                 */
                ConsensusMessage.prototype.status = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * ConsensusMessage body.
                 * @member {"proposal"|"vote"|"status"|undefined} body
                 * @memberof medmesh.consensus.v1.ConsensusMessage
                 * @instance
                 */
                $Object.defineProperty(ConsensusMessage.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["proposal", "vote", "status"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ConsensusMessage instance using the specified properties.
                 * @function create
                 * @memberof medmesh.consensus.v1.ConsensusMessage
                 * @static
                 * @param {medmesh.consensus.v1.ConsensusMessage.$Properties=} [properties] Properties to set
                 * @returns {medmesh.consensus.v1.ConsensusMessage} ConsensusMessage instance
                 * @type {{
                 *   (properties: medmesh.consensus.v1.ConsensusMessage.$Shape): medmesh.consensus.v1.ConsensusMessage & medmesh.consensus.v1.ConsensusMessage.$Shape;
                 *   (properties?: medmesh.consensus.v1.ConsensusMessage.$Properties): medmesh.consensus.v1.ConsensusMessage;
                 * }}
                 */
                ConsensusMessage.create = function(properties) {
                    return new ConsensusMessage(properties);
                };

                /**
                 * Encodes the specified ConsensusMessage message. Does not implicitly {@link medmesh.consensus.v1.ConsensusMessage.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.consensus.v1.ConsensusMessage
                 * @static
                 * @param {medmesh.consensus.v1.ConsensusMessage.$Properties} message ConsensusMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConsensusMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.proposal != null && $Object.hasOwnProperty.call(message, "proposal"))
                        $root.medmesh.consensus.v1.ProposalMessage.encode(message.proposal, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.vote != null && $Object.hasOwnProperty.call(message, "vote"))
                        $root.medmesh.consensus.v1.Vote.encode(message.vote, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        $root.medmesh.consensus.v1.Status.encode(message.status, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ConsensusMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.consensus.v1.ConsensusMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.ConsensusMessage & medmesh.consensus.v1.ConsensusMessage.$Shape} ConsensusMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConsensusMessage.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.consensus.v1.ConsensusMessage();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.proposal = $root.medmesh.consensus.v1.ProposalMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.proposal);
                                message.body = "proposal";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.vote = $root.medmesh.consensus.v1.Vote.decode(reader, reader.size(), $undefined, _depth + 1, message.vote);
                                message.body = "vote";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.status = $root.medmesh.consensus.v1.Status.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                                message.body = "status";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ConsensusMessage
                 * @function getTypeUrl
                 * @memberof medmesh.consensus.v1.ConsensusMessage
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConsensusMessage.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.consensus.v1.ConsensusMessage";
                };

                return ConsensusMessage;
            })();

            v1.ValidatorInfo = (function() {

                /**
                 * Properties of a ValidatorInfo.
                 * @typedef {Object} medmesh.consensus.v1.ValidatorInfo.$Properties
                 * @property {Uint8Array|null} [key] ValidatorInfo key
                 * @property {number|null} [power] ValidatorInfo power
                 * @property {string|null} [org] ValidatorInfo org
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ValidatorInfo.
                 * @memberof medmesh.consensus.v1
                 * @interface IValidatorInfo
                 * @augments medmesh.consensus.v1.ValidatorInfo.$Properties
                 * @deprecated Use medmesh.consensus.v1.ValidatorInfo.$Properties instead.
                 */

                /**
                 * Shape of a ValidatorInfo.
                 * @typedef {medmesh.consensus.v1.ValidatorInfo.$Properties} medmesh.consensus.v1.ValidatorInfo.$Shape
                 */

                /**
                 * Constructs a new ValidatorInfo.
                 * @memberof medmesh.consensus.v1
                 * @classdesc Represents a ValidatorInfo.
                 * @constructor
                 * @param {medmesh.consensus.v1.ValidatorInfo.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ValidatorInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ValidatorInfo key.
                 * @member {Uint8Array} key
                 * @memberof medmesh.consensus.v1.ValidatorInfo
                 * @instance
                 */
                ValidatorInfo.prototype.key = $util.newBuffer([]);

                /**
                 * ValidatorInfo power.
                 * @member {number} power
                 * @memberof medmesh.consensus.v1.ValidatorInfo
                 * @instance
                 */
                ValidatorInfo.prototype.power = 0;

                /**
                 * ValidatorInfo org.
                 * @member {string} org
                 * @memberof medmesh.consensus.v1.ValidatorInfo
                 * @instance
                 */
                ValidatorInfo.prototype.org = "";

                /**
                 * Creates a new ValidatorInfo instance using the specified properties.
                 * @function create
                 * @memberof medmesh.consensus.v1.ValidatorInfo
                 * @static
                 * @param {medmesh.consensus.v1.ValidatorInfo.$Properties=} [properties] Properties to set
                 * @returns {medmesh.consensus.v1.ValidatorInfo} ValidatorInfo instance
                 * @type {{
                 *   (properties: medmesh.consensus.v1.ValidatorInfo.$Shape): medmesh.consensus.v1.ValidatorInfo & medmesh.consensus.v1.ValidatorInfo.$Shape;
                 *   (properties?: medmesh.consensus.v1.ValidatorInfo.$Properties): medmesh.consensus.v1.ValidatorInfo;
                 * }}
                 */
                ValidatorInfo.create = function(properties) {
                    return new ValidatorInfo(properties);
                };

                /**
                 * Encodes the specified ValidatorInfo message. Does not implicitly {@link medmesh.consensus.v1.ValidatorInfo.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.consensus.v1.ValidatorInfo
                 * @static
                 * @param {medmesh.consensus.v1.ValidatorInfo.$Properties} message ValidatorInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ValidatorInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                    if (message.power != null && $Object.hasOwnProperty.call(message, "power") && message.power !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.power);
                    if (message.org != null && $Object.hasOwnProperty.call(message, "org") && message.org !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.org);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ValidatorInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.consensus.v1.ValidatorInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.ValidatorInfo & medmesh.consensus.v1.ValidatorInfo.$Shape} ValidatorInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ValidatorInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.consensus.v1.ValidatorInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.power = value;
                                else
                                    delete message.power;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.org = value;
                                else
                                    delete message.org;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ValidatorInfo
                 * @function getTypeUrl
                 * @memberof medmesh.consensus.v1.ValidatorInfo
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ValidatorInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.consensus.v1.ValidatorInfo";
                };

                return ValidatorInfo;
            })();

            v1.ValidatorSet = (function() {

                /**
                 * Properties of a ValidatorSet.
                 * @typedef {Object} medmesh.consensus.v1.ValidatorSet.$Properties
                 * @property {Array.<medmesh.consensus.v1.ValidatorInfo.$Properties>|null} [validators] ValidatorSet validators
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ValidatorSet.
                 * @memberof medmesh.consensus.v1
                 * @interface IValidatorSet
                 * @augments medmesh.consensus.v1.ValidatorSet.$Properties
                 * @deprecated Use medmesh.consensus.v1.ValidatorSet.$Properties instead.
                 */

                /**
                 * Shape of a ValidatorSet.
                 * @typedef {medmesh.consensus.v1.ValidatorSet.$Properties} medmesh.consensus.v1.ValidatorSet.$Shape
                 */

                /**
                 * Constructs a new ValidatorSet.
                 * @memberof medmesh.consensus.v1
                 * @classdesc Represents a ValidatorSet.
                 * @constructor
                 * @param {medmesh.consensus.v1.ValidatorSet.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ValidatorSet = function (properties) {
                    this.validators = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ValidatorSet validators.
                 * @member {Array.<medmesh.consensus.v1.ValidatorInfo.$Properties>} validators
                 * @memberof medmesh.consensus.v1.ValidatorSet
                 * @instance
                 */
                ValidatorSet.prototype.validators = $util.emptyArray;

                /**
                 * Creates a new ValidatorSet instance using the specified properties.
                 * @function create
                 * @memberof medmesh.consensus.v1.ValidatorSet
                 * @static
                 * @param {medmesh.consensus.v1.ValidatorSet.$Properties=} [properties] Properties to set
                 * @returns {medmesh.consensus.v1.ValidatorSet} ValidatorSet instance
                 * @type {{
                 *   (properties: medmesh.consensus.v1.ValidatorSet.$Shape): medmesh.consensus.v1.ValidatorSet & medmesh.consensus.v1.ValidatorSet.$Shape;
                 *   (properties?: medmesh.consensus.v1.ValidatorSet.$Properties): medmesh.consensus.v1.ValidatorSet;
                 * }}
                 */
                ValidatorSet.create = function(properties) {
                    return new ValidatorSet(properties);
                };

                /**
                 * Encodes the specified ValidatorSet message. Does not implicitly {@link medmesh.consensus.v1.ValidatorSet.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.consensus.v1.ValidatorSet
                 * @static
                 * @param {medmesh.consensus.v1.ValidatorSet.$Properties} message ValidatorSet message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ValidatorSet.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.validators != null && message.validators.length)
                        for (let i = 0; i < message.validators.length; ++i)
                            $root.medmesh.consensus.v1.ValidatorInfo.encode(message.validators[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ValidatorSet message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.consensus.v1.ValidatorSet
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.consensus.v1.ValidatorSet & medmesh.consensus.v1.ValidatorSet.$Shape} ValidatorSet
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ValidatorSet.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.consensus.v1.ValidatorSet();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.validators && message.validators.length))
                                    message.validators = [];
                                message.validators.push($root.medmesh.consensus.v1.ValidatorInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ValidatorSet
                 * @function getTypeUrl
                 * @memberof medmesh.consensus.v1.ValidatorSet
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ValidatorSet.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.consensus.v1.ValidatorSet";
                };

                return ValidatorSet;
            })();

            return v1;
        })();

        return consensus;
    })();

    medmesh.fl = (function() {

        /**
         * Namespace fl.
         * @memberof medmesh
         * @namespace
         */
        const fl = {};

        fl.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof medmesh.fl
             * @namespace
             */
            const v1 = {};

            v1.RoundStart = (function() {

                /**
                 * Properties of a RoundStart.
                 * @typedef {Object} medmesh.fl.v1.RoundStart.$Properties
                 * @property {Uint8Array|null} [jobId] RoundStart jobId
                 * @property {number|null} [round] RoundStart round
                 * @property {number|null} [attempt] RoundStart attempt
                 * @property {Uint8Array|null} [globalWeights] RoundStart globalWeights
                 * @property {Uint8Array|null} [globalWeightsHash] RoundStart globalWeightsHash
                 * @property {Uint8Array|null} [rosterTx] RoundStart rosterTx
                 * @property {number|null} [deadline] RoundStart deadline
                 * @property {Uint8Array|null} [hePublicKey] RoundStart hePublicKey
                 * @property {Uint8Array|null} [coordinator] RoundStart coordinator
                 * @property {Uint8Array|null} [signature] RoundStart signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RoundStart.
                 * @memberof medmesh.fl.v1
                 * @interface IRoundStart
                 * @augments medmesh.fl.v1.RoundStart.$Properties
                 * @deprecated Use medmesh.fl.v1.RoundStart.$Properties instead.
                 */

                /**
                 * Shape of a RoundStart.
                 * @typedef {medmesh.fl.v1.RoundStart.$Properties} medmesh.fl.v1.RoundStart.$Shape
                 */

                /**
                 * Constructs a new RoundStart.
                 * @memberof medmesh.fl.v1
                 * @classdesc Represents a RoundStart.
                 * @constructor
                 * @param {medmesh.fl.v1.RoundStart.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RoundStart = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RoundStart jobId.
                 * @member {Uint8Array} jobId
                 * @memberof medmesh.fl.v1.RoundStart
                 * @instance
                 */
                RoundStart.prototype.jobId = $util.newBuffer([]);

                /**
                 * RoundStart round.
                 * @member {number} round
                 * @memberof medmesh.fl.v1.RoundStart
                 * @instance
                 */
                RoundStart.prototype.round = 0;

                /**
                 * RoundStart attempt.
                 * @member {number} attempt
                 * @memberof medmesh.fl.v1.RoundStart
                 * @instance
                 */
                RoundStart.prototype.attempt = 0;

                /**
                 * RoundStart globalWeights.
                 * @member {Uint8Array} globalWeights
                 * @memberof medmesh.fl.v1.RoundStart
                 * @instance
                 */
                RoundStart.prototype.globalWeights = $util.newBuffer([]);

                /**
                 * RoundStart globalWeightsHash.
                 * @member {Uint8Array} globalWeightsHash
                 * @memberof medmesh.fl.v1.RoundStart
                 * @instance
                 */
                RoundStart.prototype.globalWeightsHash = $util.newBuffer([]);

                /**
                 * RoundStart rosterTx.
                 * @member {Uint8Array} rosterTx
                 * @memberof medmesh.fl.v1.RoundStart
                 * @instance
                 */
                RoundStart.prototype.rosterTx = $util.newBuffer([]);

                /**
                 * RoundStart deadline.
                 * @member {number} deadline
                 * @memberof medmesh.fl.v1.RoundStart
                 * @instance
                 */
                RoundStart.prototype.deadline = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RoundStart hePublicKey.
                 * @member {Uint8Array} hePublicKey
                 * @memberof medmesh.fl.v1.RoundStart
                 * @instance
                 */
                RoundStart.prototype.hePublicKey = $util.newBuffer([]);

                /**
                 * RoundStart coordinator.
                 * @member {Uint8Array} coordinator
                 * @memberof medmesh.fl.v1.RoundStart
                 * @instance
                 */
                RoundStart.prototype.coordinator = $util.newBuffer([]);

                /**
                 * RoundStart signature.
                 * @member {Uint8Array} signature
                 * @memberof medmesh.fl.v1.RoundStart
                 * @instance
                 */
                RoundStart.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new RoundStart instance using the specified properties.
                 * @function create
                 * @memberof medmesh.fl.v1.RoundStart
                 * @static
                 * @param {medmesh.fl.v1.RoundStart.$Properties=} [properties] Properties to set
                 * @returns {medmesh.fl.v1.RoundStart} RoundStart instance
                 * @type {{
                 *   (properties: medmesh.fl.v1.RoundStart.$Shape): medmesh.fl.v1.RoundStart & medmesh.fl.v1.RoundStart.$Shape;
                 *   (properties?: medmesh.fl.v1.RoundStart.$Properties): medmesh.fl.v1.RoundStart;
                 * }}
                 */
                RoundStart.create = function(properties) {
                    return new RoundStart(properties);
                };

                /**
                 * Encodes the specified RoundStart message. Does not implicitly {@link medmesh.fl.v1.RoundStart.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.fl.v1.RoundStart
                 * @static
                 * @param {medmesh.fl.v1.RoundStart.$Properties} message RoundStart message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RoundStart.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.jobId);
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                    if (message.globalWeights != null && $Object.hasOwnProperty.call(message, "globalWeights") && message.globalWeights.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.globalWeights);
                    if (message.globalWeightsHash != null && $Object.hasOwnProperty.call(message, "globalWeightsHash") && message.globalWeightsHash.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.globalWeightsHash);
                    if (message.rosterTx != null && $Object.hasOwnProperty.call(message, "rosterTx") && message.rosterTx.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.rosterTx);
                    if (message.deadline != null && $Object.hasOwnProperty.call(message, "deadline") && (typeof message.deadline === "object" ? message.deadline.low || message.deadline.high : message.deadline !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.deadline);
                    if (message.hePublicKey != null && $Object.hasOwnProperty.call(message, "hePublicKey") && message.hePublicKey.length)
                        writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.hePublicKey);
                    if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator") && message.coordinator.length)
                        writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.coordinator);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RoundStart message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.fl.v1.RoundStart
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.RoundStart & medmesh.fl.v1.RoundStart.$Shape} RoundStart
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RoundStart.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.fl.v1.RoundStart();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.round = value;
                                else
                                    delete message.round;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.attempt = value;
                                else
                                    delete message.attempt;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.globalWeights = value;
                                else
                                    delete message.globalWeights;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.globalWeightsHash = value;
                                else
                                    delete message.globalWeightsHash;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.rosterTx = value;
                                else
                                    delete message.rosterTx;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.deadline = value;
                                else
                                    delete message.deadline;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.hePublicKey = value;
                                else
                                    delete message.hePublicKey;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.coordinator = value;
                                else
                                    delete message.coordinator;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for RoundStart
                 * @function getTypeUrl
                 * @memberof medmesh.fl.v1.RoundStart
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RoundStart.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.fl.v1.RoundStart";
                };

                return RoundStart;
            })();

            /**
             * AggregationMode enum.
             * @name medmesh.fl.v1.AggregationMode
             * @enum {number}
             * @property {number} AGGREGATION_MODE_UNSPECIFIED=0 AGGREGATION_MODE_UNSPECIFIED value
             * @property {number} AGGREGATION_MODE_PLAIN=1 AGGREGATION_MODE_PLAIN value
             * @property {number} AGGREGATION_MODE_MASKED=2 AGGREGATION_MODE_MASKED value
             * @property {number} AGGREGATION_MODE_SECURE=3 AGGREGATION_MODE_SECURE value
             */
            v1.AggregationMode = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "AGGREGATION_MODE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "AGGREGATION_MODE_PLAIN"] = 1;
                values[valuesById[2] = "AGGREGATION_MODE_MASKED"] = 2;
                values[valuesById[3] = "AGGREGATION_MODE_SECURE"] = 3;
                return values;
            })();

            v1.MaskedUpdate = (function() {

                /**
                 * Properties of a MaskedUpdate.
                 * @typedef {Object} medmesh.fl.v1.MaskedUpdate.$Properties
                 * @property {Uint8Array|null} [jobId] MaskedUpdate jobId
                 * @property {number|null} [round] MaskedUpdate round
                 * @property {number|null} [attempt] MaskedUpdate attempt
                 * @property {string|null} [org] MaskedUpdate org
                 * @property {medmesh.fl.v1.AggregationMode|null} [mode] MaskedUpdate mode
                 * @property {Array.<Uint8Array>|null} [chunks] MaskedUpdate chunks
                 * @property {number|null} [exampleCount] MaskedUpdate exampleCount
                 * @property {Uint8Array|null} [updateHash] MaskedUpdate updateHash
                 * @property {number|null} [parameterCount] MaskedUpdate parameterCount
                 * @property {Uint8Array|null} [participant] MaskedUpdate participant
                 * @property {Uint8Array|null} [signature] MaskedUpdate signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MaskedUpdate.
                 * @memberof medmesh.fl.v1
                 * @interface IMaskedUpdate
                 * @augments medmesh.fl.v1.MaskedUpdate.$Properties
                 * @deprecated Use medmesh.fl.v1.MaskedUpdate.$Properties instead.
                 */

                /**
                 * Shape of a MaskedUpdate.
                 * @typedef {medmesh.fl.v1.MaskedUpdate.$Properties} medmesh.fl.v1.MaskedUpdate.$Shape
                 */

                /**
                 * Constructs a new MaskedUpdate.
                 * @memberof medmesh.fl.v1
                 * @classdesc Represents a MaskedUpdate.
                 * @constructor
                 * @param {medmesh.fl.v1.MaskedUpdate.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MaskedUpdate = function (properties) {
                    this.chunks = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MaskedUpdate jobId.
                 * @member {Uint8Array} jobId
                 * @memberof medmesh.fl.v1.MaskedUpdate
                 * @instance
                 */
                MaskedUpdate.prototype.jobId = $util.newBuffer([]);

                /**
                 * MaskedUpdate round.
                 * @member {number} round
                 * @memberof medmesh.fl.v1.MaskedUpdate
                 * @instance
                 */
                MaskedUpdate.prototype.round = 0;

                /**
                 * MaskedUpdate attempt.
                 * @member {number} attempt
                 * @memberof medmesh.fl.v1.MaskedUpdate
                 * @instance
                 */
                MaskedUpdate.prototype.attempt = 0;

                /**
                 * MaskedUpdate org.
                 * @member {string} org
                 * @memberof medmesh.fl.v1.MaskedUpdate
                 * @instance
                 */
                MaskedUpdate.prototype.org = "";

                /**
                 * MaskedUpdate mode.
                 * @member {medmesh.fl.v1.AggregationMode} mode
                 * @memberof medmesh.fl.v1.MaskedUpdate
                 * @instance
                 */
                MaskedUpdate.prototype.mode = 0;

                /**
                 * MaskedUpdate chunks.
                 * @member {Array.<Uint8Array>} chunks
                 * @memberof medmesh.fl.v1.MaskedUpdate
                 * @instance
                 */
                MaskedUpdate.prototype.chunks = $util.emptyArray;

                /**
                 * MaskedUpdate exampleCount.
                 * @member {number} exampleCount
                 * @memberof medmesh.fl.v1.MaskedUpdate
                 * @instance
                 */
                MaskedUpdate.prototype.exampleCount = 0;

                /**
                 * MaskedUpdate updateHash.
                 * @member {Uint8Array} updateHash
                 * @memberof medmesh.fl.v1.MaskedUpdate
                 * @instance
                 */
                MaskedUpdate.prototype.updateHash = $util.newBuffer([]);

                /**
                 * MaskedUpdate parameterCount.
                 * @member {number} parameterCount
                 * @memberof medmesh.fl.v1.MaskedUpdate
                 * @instance
                 */
                MaskedUpdate.prototype.parameterCount = 0;

                /**
                 * MaskedUpdate participant.
                 * @member {Uint8Array} participant
                 * @memberof medmesh.fl.v1.MaskedUpdate
                 * @instance
                 */
                MaskedUpdate.prototype.participant = $util.newBuffer([]);

                /**
                 * MaskedUpdate signature.
                 * @member {Uint8Array} signature
                 * @memberof medmesh.fl.v1.MaskedUpdate
                 * @instance
                 */
                MaskedUpdate.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new MaskedUpdate instance using the specified properties.
                 * @function create
                 * @memberof medmesh.fl.v1.MaskedUpdate
                 * @static
                 * @param {medmesh.fl.v1.MaskedUpdate.$Properties=} [properties] Properties to set
                 * @returns {medmesh.fl.v1.MaskedUpdate} MaskedUpdate instance
                 * @type {{
                 *   (properties: medmesh.fl.v1.MaskedUpdate.$Shape): medmesh.fl.v1.MaskedUpdate & medmesh.fl.v1.MaskedUpdate.$Shape;
                 *   (properties?: medmesh.fl.v1.MaskedUpdate.$Properties): medmesh.fl.v1.MaskedUpdate;
                 * }}
                 */
                MaskedUpdate.create = function(properties) {
                    return new MaskedUpdate(properties);
                };

                /**
                 * Encodes the specified MaskedUpdate message. Does not implicitly {@link medmesh.fl.v1.MaskedUpdate.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.fl.v1.MaskedUpdate
                 * @static
                 * @param {medmesh.fl.v1.MaskedUpdate.$Properties} message MaskedUpdate message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MaskedUpdate.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.jobId);
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                    if (message.org != null && $Object.hasOwnProperty.call(message, "org") && message.org !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.org);
                    if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).int32(message.mode);
                    if (message.chunks != null && message.chunks.length)
                        for (let i = 0; i < message.chunks.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.chunks[i]);
                    if (message.exampleCount != null && $Object.hasOwnProperty.call(message, "exampleCount") && message.exampleCount !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.exampleCount);
                    if (message.updateHash != null && $Object.hasOwnProperty.call(message, "updateHash") && message.updateHash.length)
                        writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.updateHash);
                    if (message.parameterCount != null && $Object.hasOwnProperty.call(message, "parameterCount") && message.parameterCount !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.parameterCount);
                    if (message.participant != null && $Object.hasOwnProperty.call(message, "participant") && message.participant.length)
                        writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.participant);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MaskedUpdate message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.fl.v1.MaskedUpdate
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.MaskedUpdate & medmesh.fl.v1.MaskedUpdate.$Shape} MaskedUpdate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MaskedUpdate.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.fl.v1.MaskedUpdate();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.round = value;
                                else
                                    delete message.round;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.attempt = value;
                                else
                                    delete message.attempt;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.org = value;
                                else
                                    delete message.org;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.mode = value;
                                else
                                    delete message.mode;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.chunks && message.chunks.length))
                                    message.chunks = [];
                                message.chunks.push(reader.bytes());
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.exampleCount = value;
                                else
                                    delete message.exampleCount;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.updateHash = value;
                                else
                                    delete message.updateHash;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.parameterCount = value;
                                else
                                    delete message.parameterCount;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.participant = value;
                                else
                                    delete message.participant;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for MaskedUpdate
                 * @function getTypeUrl
                 * @memberof medmesh.fl.v1.MaskedUpdate
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MaskedUpdate.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.fl.v1.MaskedUpdate";
                };

                return MaskedUpdate;
            })();

            v1.AggregateSum = (function() {

                /**
                 * Properties of an AggregateSum.
                 * @typedef {Object} medmesh.fl.v1.AggregateSum.$Properties
                 * @property {Uint8Array|null} [jobId] AggregateSum jobId
                 * @property {number|null} [round] AggregateSum round
                 * @property {number|null} [attempt] AggregateSum attempt
                 * @property {medmesh.fl.v1.AggregationMode|null} [mode] AggregateSum mode
                 * @property {Array.<Uint8Array>|null} [chunks] AggregateSum chunks
                 * @property {Array.<string>|null} [orgs] AggregateSum orgs
                 * @property {Array.<Uint8Array>|null} [updateHashes] AggregateSum updateHashes
                 * @property {number|null} [totalExamples] AggregateSum totalExamples
                 * @property {number|null} [parameterCount] AggregateSum parameterCount
                 * @property {Uint8Array|null} [aggregator] AggregateSum aggregator
                 * @property {Uint8Array|null} [signature] AggregateSum signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AggregateSum.
                 * @memberof medmesh.fl.v1
                 * @interface IAggregateSum
                 * @augments medmesh.fl.v1.AggregateSum.$Properties
                 * @deprecated Use medmesh.fl.v1.AggregateSum.$Properties instead.
                 */

                /**
                 * Shape of an AggregateSum.
                 * @typedef {medmesh.fl.v1.AggregateSum.$Properties} medmesh.fl.v1.AggregateSum.$Shape
                 */

                /**
                 * Constructs a new AggregateSum.
                 * @memberof medmesh.fl.v1
                 * @classdesc Represents an AggregateSum.
                 * @constructor
                 * @param {medmesh.fl.v1.AggregateSum.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AggregateSum = function (properties) {
                    this.chunks = [];
                    this.orgs = [];
                    this.updateHashes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AggregateSum jobId.
                 * @member {Uint8Array} jobId
                 * @memberof medmesh.fl.v1.AggregateSum
                 * @instance
                 */
                AggregateSum.prototype.jobId = $util.newBuffer([]);

                /**
                 * AggregateSum round.
                 * @member {number} round
                 * @memberof medmesh.fl.v1.AggregateSum
                 * @instance
                 */
                AggregateSum.prototype.round = 0;

                /**
                 * AggregateSum attempt.
                 * @member {number} attempt
                 * @memberof medmesh.fl.v1.AggregateSum
                 * @instance
                 */
                AggregateSum.prototype.attempt = 0;

                /**
                 * AggregateSum mode.
                 * @member {medmesh.fl.v1.AggregationMode} mode
                 * @memberof medmesh.fl.v1.AggregateSum
                 * @instance
                 */
                AggregateSum.prototype.mode = 0;

                /**
                 * AggregateSum chunks.
                 * @member {Array.<Uint8Array>} chunks
                 * @memberof medmesh.fl.v1.AggregateSum
                 * @instance
                 */
                AggregateSum.prototype.chunks = $util.emptyArray;

                /**
                 * AggregateSum orgs.
                 * @member {Array.<string>} orgs
                 * @memberof medmesh.fl.v1.AggregateSum
                 * @instance
                 */
                AggregateSum.prototype.orgs = $util.emptyArray;

                /**
                 * AggregateSum updateHashes.
                 * @member {Array.<Uint8Array>} updateHashes
                 * @memberof medmesh.fl.v1.AggregateSum
                 * @instance
                 */
                AggregateSum.prototype.updateHashes = $util.emptyArray;

                /**
                 * AggregateSum totalExamples.
                 * @member {number} totalExamples
                 * @memberof medmesh.fl.v1.AggregateSum
                 * @instance
                 */
                AggregateSum.prototype.totalExamples = 0;

                /**
                 * AggregateSum parameterCount.
                 * @member {number} parameterCount
                 * @memberof medmesh.fl.v1.AggregateSum
                 * @instance
                 */
                AggregateSum.prototype.parameterCount = 0;

                /**
                 * AggregateSum aggregator.
                 * @member {Uint8Array} aggregator
                 * @memberof medmesh.fl.v1.AggregateSum
                 * @instance
                 */
                AggregateSum.prototype.aggregator = $util.newBuffer([]);

                /**
                 * AggregateSum signature.
                 * @member {Uint8Array} signature
                 * @memberof medmesh.fl.v1.AggregateSum
                 * @instance
                 */
                AggregateSum.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new AggregateSum instance using the specified properties.
                 * @function create
                 * @memberof medmesh.fl.v1.AggregateSum
                 * @static
                 * @param {medmesh.fl.v1.AggregateSum.$Properties=} [properties] Properties to set
                 * @returns {medmesh.fl.v1.AggregateSum} AggregateSum instance
                 * @type {{
                 *   (properties: medmesh.fl.v1.AggregateSum.$Shape): medmesh.fl.v1.AggregateSum & medmesh.fl.v1.AggregateSum.$Shape;
                 *   (properties?: medmesh.fl.v1.AggregateSum.$Properties): medmesh.fl.v1.AggregateSum;
                 * }}
                 */
                AggregateSum.create = function(properties) {
                    return new AggregateSum(properties);
                };

                /**
                 * Encodes the specified AggregateSum message. Does not implicitly {@link medmesh.fl.v1.AggregateSum.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.fl.v1.AggregateSum
                 * @static
                 * @param {medmesh.fl.v1.AggregateSum.$Properties} message AggregateSum message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AggregateSum.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.jobId);
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                    if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.mode);
                    if (message.chunks != null && message.chunks.length)
                        for (let i = 0; i < message.chunks.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.chunks[i]);
                    if (message.orgs != null && message.orgs.length)
                        for (let i = 0; i < message.orgs.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.orgs[i]);
                    if (message.updateHashes != null && message.updateHashes.length)
                        for (let i = 0; i < message.updateHashes.length; ++i)
                            writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.updateHashes[i]);
                    if (message.totalExamples != null && $Object.hasOwnProperty.call(message, "totalExamples") && message.totalExamples !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.totalExamples);
                    if (message.parameterCount != null && $Object.hasOwnProperty.call(message, "parameterCount") && message.parameterCount !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.parameterCount);
                    if (message.aggregator != null && $Object.hasOwnProperty.call(message, "aggregator") && message.aggregator.length)
                        writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.aggregator);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AggregateSum message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.fl.v1.AggregateSum
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.AggregateSum & medmesh.fl.v1.AggregateSum.$Shape} AggregateSum
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AggregateSum.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.fl.v1.AggregateSum();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.round = value;
                                else
                                    delete message.round;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.attempt = value;
                                else
                                    delete message.attempt;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.mode = value;
                                else
                                    delete message.mode;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.chunks && message.chunks.length))
                                    message.chunks = [];
                                message.chunks.push(reader.bytes());
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.orgs && message.orgs.length))
                                    message.orgs = [];
                                message.orgs.push(reader.stringVerify());
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.updateHashes && message.updateHashes.length))
                                    message.updateHashes = [];
                                message.updateHashes.push(reader.bytes());
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.totalExamples = value;
                                else
                                    delete message.totalExamples;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.parameterCount = value;
                                else
                                    delete message.parameterCount;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.aggregator = value;
                                else
                                    delete message.aggregator;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for AggregateSum
                 * @function getTypeUrl
                 * @memberof medmesh.fl.v1.AggregateSum
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AggregateSum.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.fl.v1.AggregateSum";
                };

                return AggregateSum;
            })();

            v1.RoundResult = (function() {

                /**
                 * Properties of a RoundResult.
                 * @typedef {Object} medmesh.fl.v1.RoundResult.$Properties
                 * @property {Uint8Array|null} [jobId] RoundResult jobId
                 * @property {number|null} [round] RoundResult round
                 * @property {number|null} [attempt] RoundResult attempt
                 * @property {Uint8Array|null} [globalWeights] RoundResult globalWeights
                 * @property {Uint8Array|null} [globalWeightsHash] RoundResult globalWeightsHash
                 * @property {Uint8Array|null} [aggregateHash] RoundResult aggregateHash
                 * @property {Uint8Array|null} [keyHolder] RoundResult keyHolder
                 * @property {Uint8Array|null} [signature] RoundResult signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RoundResult.
                 * @memberof medmesh.fl.v1
                 * @interface IRoundResult
                 * @augments medmesh.fl.v1.RoundResult.$Properties
                 * @deprecated Use medmesh.fl.v1.RoundResult.$Properties instead.
                 */

                /**
                 * Shape of a RoundResult.
                 * @typedef {medmesh.fl.v1.RoundResult.$Properties} medmesh.fl.v1.RoundResult.$Shape
                 */

                /**
                 * Constructs a new RoundResult.
                 * @memberof medmesh.fl.v1
                 * @classdesc Represents a RoundResult.
                 * @constructor
                 * @param {medmesh.fl.v1.RoundResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RoundResult = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RoundResult jobId.
                 * @member {Uint8Array} jobId
                 * @memberof medmesh.fl.v1.RoundResult
                 * @instance
                 */
                RoundResult.prototype.jobId = $util.newBuffer([]);

                /**
                 * RoundResult round.
                 * @member {number} round
                 * @memberof medmesh.fl.v1.RoundResult
                 * @instance
                 */
                RoundResult.prototype.round = 0;

                /**
                 * RoundResult attempt.
                 * @member {number} attempt
                 * @memberof medmesh.fl.v1.RoundResult
                 * @instance
                 */
                RoundResult.prototype.attempt = 0;

                /**
                 * RoundResult globalWeights.
                 * @member {Uint8Array} globalWeights
                 * @memberof medmesh.fl.v1.RoundResult
                 * @instance
                 */
                RoundResult.prototype.globalWeights = $util.newBuffer([]);

                /**
                 * RoundResult globalWeightsHash.
                 * @member {Uint8Array} globalWeightsHash
                 * @memberof medmesh.fl.v1.RoundResult
                 * @instance
                 */
                RoundResult.prototype.globalWeightsHash = $util.newBuffer([]);

                /**
                 * RoundResult aggregateHash.
                 * @member {Uint8Array} aggregateHash
                 * @memberof medmesh.fl.v1.RoundResult
                 * @instance
                 */
                RoundResult.prototype.aggregateHash = $util.newBuffer([]);

                /**
                 * RoundResult keyHolder.
                 * @member {Uint8Array} keyHolder
                 * @memberof medmesh.fl.v1.RoundResult
                 * @instance
                 */
                RoundResult.prototype.keyHolder = $util.newBuffer([]);

                /**
                 * RoundResult signature.
                 * @member {Uint8Array} signature
                 * @memberof medmesh.fl.v1.RoundResult
                 * @instance
                 */
                RoundResult.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new RoundResult instance using the specified properties.
                 * @function create
                 * @memberof medmesh.fl.v1.RoundResult
                 * @static
                 * @param {medmesh.fl.v1.RoundResult.$Properties=} [properties] Properties to set
                 * @returns {medmesh.fl.v1.RoundResult} RoundResult instance
                 * @type {{
                 *   (properties: medmesh.fl.v1.RoundResult.$Shape): medmesh.fl.v1.RoundResult & medmesh.fl.v1.RoundResult.$Shape;
                 *   (properties?: medmesh.fl.v1.RoundResult.$Properties): medmesh.fl.v1.RoundResult;
                 * }}
                 */
                RoundResult.create = function(properties) {
                    return new RoundResult(properties);
                };

                /**
                 * Encodes the specified RoundResult message. Does not implicitly {@link medmesh.fl.v1.RoundResult.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.fl.v1.RoundResult
                 * @static
                 * @param {medmesh.fl.v1.RoundResult.$Properties} message RoundResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RoundResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.jobId);
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                    if (message.globalWeights != null && $Object.hasOwnProperty.call(message, "globalWeights") && message.globalWeights.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.globalWeights);
                    if (message.globalWeightsHash != null && $Object.hasOwnProperty.call(message, "globalWeightsHash") && message.globalWeightsHash.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.globalWeightsHash);
                    if (message.aggregateHash != null && $Object.hasOwnProperty.call(message, "aggregateHash") && message.aggregateHash.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.aggregateHash);
                    if (message.keyHolder != null && $Object.hasOwnProperty.call(message, "keyHolder") && message.keyHolder.length)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.keyHolder);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RoundResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.fl.v1.RoundResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.RoundResult & medmesh.fl.v1.RoundResult.$Shape} RoundResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RoundResult.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.fl.v1.RoundResult();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.round = value;
                                else
                                    delete message.round;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.attempt = value;
                                else
                                    delete message.attempt;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.globalWeights = value;
                                else
                                    delete message.globalWeights;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.globalWeightsHash = value;
                                else
                                    delete message.globalWeightsHash;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.aggregateHash = value;
                                else
                                    delete message.aggregateHash;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.keyHolder = value;
                                else
                                    delete message.keyHolder;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for RoundResult
                 * @function getTypeUrl
                 * @memberof medmesh.fl.v1.RoundResult
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RoundResult.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.fl.v1.RoundResult";
                };

                return RoundResult;
            })();

            v1.FlAck = (function() {

                /**
                 * Properties of a FlAck.
                 * @typedef {Object} medmesh.fl.v1.FlAck.$Properties
                 * @property {boolean|null} [ok] FlAck ok
                 * @property {string|null} [error] FlAck error
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FlAck.
                 * @memberof medmesh.fl.v1
                 * @interface IFlAck
                 * @augments medmesh.fl.v1.FlAck.$Properties
                 * @deprecated Use medmesh.fl.v1.FlAck.$Properties instead.
                 */

                /**
                 * Shape of a FlAck.
                 * @typedef {medmesh.fl.v1.FlAck.$Properties} medmesh.fl.v1.FlAck.$Shape
                 */

                /**
                 * Constructs a new FlAck.
                 * @memberof medmesh.fl.v1
                 * @classdesc Represents a FlAck.
                 * @constructor
                 * @param {medmesh.fl.v1.FlAck.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FlAck = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * FlAck ok.
                 * @member {boolean} ok
                 * @memberof medmesh.fl.v1.FlAck
                 * @instance
                 */
                FlAck.prototype.ok = false;

                /**
                 * FlAck error.
                 * @member {string} error
                 * @memberof medmesh.fl.v1.FlAck
                 * @instance
                 */
                FlAck.prototype.error = "";

                /**
                 * Creates a new FlAck instance using the specified properties.
                 * @function create
                 * @memberof medmesh.fl.v1.FlAck
                 * @static
                 * @param {medmesh.fl.v1.FlAck.$Properties=} [properties] Properties to set
                 * @returns {medmesh.fl.v1.FlAck} FlAck instance
                 * @type {{
                 *   (properties: medmesh.fl.v1.FlAck.$Shape): medmesh.fl.v1.FlAck & medmesh.fl.v1.FlAck.$Shape;
                 *   (properties?: medmesh.fl.v1.FlAck.$Properties): medmesh.fl.v1.FlAck;
                 * }}
                 */
                FlAck.create = function(properties) {
                    return new FlAck(properties);
                };

                /**
                 * Encodes the specified FlAck message. Does not implicitly {@link medmesh.fl.v1.FlAck.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.fl.v1.FlAck
                 * @static
                 * @param {medmesh.fl.v1.FlAck.$Properties} message FlAck message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FlAck.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.ok);
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.error);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a FlAck message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.fl.v1.FlAck
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.FlAck & medmesh.fl.v1.FlAck.$Shape} FlAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FlAck.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.fl.v1.FlAck();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.ok = value;
                                else
                                    delete message.ok;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.error = value;
                                else
                                    delete message.error;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for FlAck
                 * @function getTypeUrl
                 * @memberof medmesh.fl.v1.FlAck
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                FlAck.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.fl.v1.FlAck";
                };

                return FlAck;
            })();

            v1.RoundPrepare = (function() {

                /**
                 * Properties of a RoundPrepare.
                 * @typedef {Object} medmesh.fl.v1.RoundPrepare.$Properties
                 * @property {Uint8Array|null} [jobId] RoundPrepare jobId
                 * @property {number|null} [round] RoundPrepare round
                 * @property {number|null} [attempt] RoundPrepare attempt
                 * @property {Uint8Array|null} [coordinator] RoundPrepare coordinator
                 * @property {number|null} [issuedAt] RoundPrepare issuedAt
                 * @property {Uint8Array|null} [signature] RoundPrepare signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RoundPrepare.
                 * @memberof medmesh.fl.v1
                 * @interface IRoundPrepare
                 * @augments medmesh.fl.v1.RoundPrepare.$Properties
                 * @deprecated Use medmesh.fl.v1.RoundPrepare.$Properties instead.
                 */

                /**
                 * Shape of a RoundPrepare.
                 * @typedef {medmesh.fl.v1.RoundPrepare.$Properties} medmesh.fl.v1.RoundPrepare.$Shape
                 */

                /**
                 * Constructs a new RoundPrepare.
                 * @memberof medmesh.fl.v1
                 * @classdesc Represents a RoundPrepare.
                 * @constructor
                 * @param {medmesh.fl.v1.RoundPrepare.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RoundPrepare = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RoundPrepare jobId.
                 * @member {Uint8Array} jobId
                 * @memberof medmesh.fl.v1.RoundPrepare
                 * @instance
                 */
                RoundPrepare.prototype.jobId = $util.newBuffer([]);

                /**
                 * RoundPrepare round.
                 * @member {number} round
                 * @memberof medmesh.fl.v1.RoundPrepare
                 * @instance
                 */
                RoundPrepare.prototype.round = 0;

                /**
                 * RoundPrepare attempt.
                 * @member {number} attempt
                 * @memberof medmesh.fl.v1.RoundPrepare
                 * @instance
                 */
                RoundPrepare.prototype.attempt = 0;

                /**
                 * RoundPrepare coordinator.
                 * @member {Uint8Array} coordinator
                 * @memberof medmesh.fl.v1.RoundPrepare
                 * @instance
                 */
                RoundPrepare.prototype.coordinator = $util.newBuffer([]);

                /**
                 * RoundPrepare issuedAt.
                 * @member {number} issuedAt
                 * @memberof medmesh.fl.v1.RoundPrepare
                 * @instance
                 */
                RoundPrepare.prototype.issuedAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RoundPrepare signature.
                 * @member {Uint8Array} signature
                 * @memberof medmesh.fl.v1.RoundPrepare
                 * @instance
                 */
                RoundPrepare.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new RoundPrepare instance using the specified properties.
                 * @function create
                 * @memberof medmesh.fl.v1.RoundPrepare
                 * @static
                 * @param {medmesh.fl.v1.RoundPrepare.$Properties=} [properties] Properties to set
                 * @returns {medmesh.fl.v1.RoundPrepare} RoundPrepare instance
                 * @type {{
                 *   (properties: medmesh.fl.v1.RoundPrepare.$Shape): medmesh.fl.v1.RoundPrepare & medmesh.fl.v1.RoundPrepare.$Shape;
                 *   (properties?: medmesh.fl.v1.RoundPrepare.$Properties): medmesh.fl.v1.RoundPrepare;
                 * }}
                 */
                RoundPrepare.create = function(properties) {
                    return new RoundPrepare(properties);
                };

                /**
                 * Encodes the specified RoundPrepare message. Does not implicitly {@link medmesh.fl.v1.RoundPrepare.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.fl.v1.RoundPrepare
                 * @static
                 * @param {medmesh.fl.v1.RoundPrepare.$Properties} message RoundPrepare message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RoundPrepare.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.jobId);
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                    if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator") && message.coordinator.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.coordinator);
                    if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt") && (typeof message.issuedAt === "object" ? message.issuedAt.low || message.issuedAt.high : message.issuedAt !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.issuedAt);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RoundPrepare message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.fl.v1.RoundPrepare
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.RoundPrepare & medmesh.fl.v1.RoundPrepare.$Shape} RoundPrepare
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RoundPrepare.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.fl.v1.RoundPrepare();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.round = value;
                                else
                                    delete message.round;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.attempt = value;
                                else
                                    delete message.attempt;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.coordinator = value;
                                else
                                    delete message.coordinator;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.issuedAt = value;
                                else
                                    delete message.issuedAt;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for RoundPrepare
                 * @function getTypeUrl
                 * @memberof medmesh.fl.v1.RoundPrepare
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RoundPrepare.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.fl.v1.RoundPrepare";
                };

                return RoundPrepare;
            })();

            v1.RoundJoin = (function() {

                /**
                 * Properties of a RoundJoin.
                 * @typedef {Object} medmesh.fl.v1.RoundJoin.$Properties
                 * @property {Uint8Array|null} [jobId] RoundJoin jobId
                 * @property {number|null} [round] RoundJoin round
                 * @property {number|null} [attempt] RoundJoin attempt
                 * @property {string|null} [org] RoundJoin org
                 * @property {Uint8Array|null} [maskKey] RoundJoin maskKey
                 * @property {Uint8Array|null} [participant] RoundJoin participant
                 * @property {Uint8Array|null} [signature] RoundJoin signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RoundJoin.
                 * @memberof medmesh.fl.v1
                 * @interface IRoundJoin
                 * @augments medmesh.fl.v1.RoundJoin.$Properties
                 * @deprecated Use medmesh.fl.v1.RoundJoin.$Properties instead.
                 */

                /**
                 * Shape of a RoundJoin.
                 * @typedef {medmesh.fl.v1.RoundJoin.$Properties} medmesh.fl.v1.RoundJoin.$Shape
                 */

                /**
                 * Constructs a new RoundJoin.
                 * @memberof medmesh.fl.v1
                 * @classdesc Represents a RoundJoin.
                 * @constructor
                 * @param {medmesh.fl.v1.RoundJoin.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RoundJoin = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RoundJoin jobId.
                 * @member {Uint8Array} jobId
                 * @memberof medmesh.fl.v1.RoundJoin
                 * @instance
                 */
                RoundJoin.prototype.jobId = $util.newBuffer([]);

                /**
                 * RoundJoin round.
                 * @member {number} round
                 * @memberof medmesh.fl.v1.RoundJoin
                 * @instance
                 */
                RoundJoin.prototype.round = 0;

                /**
                 * RoundJoin attempt.
                 * @member {number} attempt
                 * @memberof medmesh.fl.v1.RoundJoin
                 * @instance
                 */
                RoundJoin.prototype.attempt = 0;

                /**
                 * RoundJoin org.
                 * @member {string} org
                 * @memberof medmesh.fl.v1.RoundJoin
                 * @instance
                 */
                RoundJoin.prototype.org = "";

                /**
                 * RoundJoin maskKey.
                 * @member {Uint8Array} maskKey
                 * @memberof medmesh.fl.v1.RoundJoin
                 * @instance
                 */
                RoundJoin.prototype.maskKey = $util.newBuffer([]);

                /**
                 * RoundJoin participant.
                 * @member {Uint8Array} participant
                 * @memberof medmesh.fl.v1.RoundJoin
                 * @instance
                 */
                RoundJoin.prototype.participant = $util.newBuffer([]);

                /**
                 * RoundJoin signature.
                 * @member {Uint8Array} signature
                 * @memberof medmesh.fl.v1.RoundJoin
                 * @instance
                 */
                RoundJoin.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new RoundJoin instance using the specified properties.
                 * @function create
                 * @memberof medmesh.fl.v1.RoundJoin
                 * @static
                 * @param {medmesh.fl.v1.RoundJoin.$Properties=} [properties] Properties to set
                 * @returns {medmesh.fl.v1.RoundJoin} RoundJoin instance
                 * @type {{
                 *   (properties: medmesh.fl.v1.RoundJoin.$Shape): medmesh.fl.v1.RoundJoin & medmesh.fl.v1.RoundJoin.$Shape;
                 *   (properties?: medmesh.fl.v1.RoundJoin.$Properties): medmesh.fl.v1.RoundJoin;
                 * }}
                 */
                RoundJoin.create = function(properties) {
                    return new RoundJoin(properties);
                };

                /**
                 * Encodes the specified RoundJoin message. Does not implicitly {@link medmesh.fl.v1.RoundJoin.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.fl.v1.RoundJoin
                 * @static
                 * @param {medmesh.fl.v1.RoundJoin.$Properties} message RoundJoin message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RoundJoin.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.jobId);
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                    if (message.org != null && $Object.hasOwnProperty.call(message, "org") && message.org !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.org);
                    if (message.maskKey != null && $Object.hasOwnProperty.call(message, "maskKey") && message.maskKey.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.maskKey);
                    if (message.participant != null && $Object.hasOwnProperty.call(message, "participant") && message.participant.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.participant);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RoundJoin message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.fl.v1.RoundJoin
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.RoundJoin & medmesh.fl.v1.RoundJoin.$Shape} RoundJoin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RoundJoin.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.fl.v1.RoundJoin();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.round = value;
                                else
                                    delete message.round;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.attempt = value;
                                else
                                    delete message.attempt;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.org = value;
                                else
                                    delete message.org;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.maskKey = value;
                                else
                                    delete message.maskKey;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.participant = value;
                                else
                                    delete message.participant;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for RoundJoin
                 * @function getTypeUrl
                 * @memberof medmesh.fl.v1.RoundJoin
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RoundJoin.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.fl.v1.RoundJoin";
                };

                return RoundJoin;
            })();

            v1.FeatureStatsRequest = (function() {

                /**
                 * Properties of a FeatureStatsRequest.
                 * @typedef {Object} medmesh.fl.v1.FeatureStatsRequest.$Properties
                 * @property {Uint8Array|null} [jobId] FeatureStatsRequest jobId
                 * @property {Uint8Array|null} [coordinator] FeatureStatsRequest coordinator
                 * @property {number|null} [featureCount] FeatureStatsRequest featureCount
                 * @property {Array.<string>|null} [orgs] FeatureStatsRequest orgs
                 * @property {number|null} [issuedAt] FeatureStatsRequest issuedAt
                 * @property {Uint8Array|null} [signature] FeatureStatsRequest signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FeatureStatsRequest.
                 * @memberof medmesh.fl.v1
                 * @interface IFeatureStatsRequest
                 * @augments medmesh.fl.v1.FeatureStatsRequest.$Properties
                 * @deprecated Use medmesh.fl.v1.FeatureStatsRequest.$Properties instead.
                 */

                /**
                 * Shape of a FeatureStatsRequest.
                 * @typedef {medmesh.fl.v1.FeatureStatsRequest.$Properties} medmesh.fl.v1.FeatureStatsRequest.$Shape
                 */

                /**
                 * Constructs a new FeatureStatsRequest.
                 * @memberof medmesh.fl.v1
                 * @classdesc Represents a FeatureStatsRequest.
                 * @constructor
                 * @param {medmesh.fl.v1.FeatureStatsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FeatureStatsRequest = function (properties) {
                    this.orgs = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * FeatureStatsRequest jobId.
                 * @member {Uint8Array} jobId
                 * @memberof medmesh.fl.v1.FeatureStatsRequest
                 * @instance
                 */
                FeatureStatsRequest.prototype.jobId = $util.newBuffer([]);

                /**
                 * FeatureStatsRequest coordinator.
                 * @member {Uint8Array} coordinator
                 * @memberof medmesh.fl.v1.FeatureStatsRequest
                 * @instance
                 */
                FeatureStatsRequest.prototype.coordinator = $util.newBuffer([]);

                /**
                 * FeatureStatsRequest featureCount.
                 * @member {number} featureCount
                 * @memberof medmesh.fl.v1.FeatureStatsRequest
                 * @instance
                 */
                FeatureStatsRequest.prototype.featureCount = 0;

                /**
                 * FeatureStatsRequest orgs.
                 * @member {Array.<string>} orgs
                 * @memberof medmesh.fl.v1.FeatureStatsRequest
                 * @instance
                 */
                FeatureStatsRequest.prototype.orgs = $util.emptyArray;

                /**
                 * FeatureStatsRequest issuedAt.
                 * @member {number} issuedAt
                 * @memberof medmesh.fl.v1.FeatureStatsRequest
                 * @instance
                 */
                FeatureStatsRequest.prototype.issuedAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * FeatureStatsRequest signature.
                 * @member {Uint8Array} signature
                 * @memberof medmesh.fl.v1.FeatureStatsRequest
                 * @instance
                 */
                FeatureStatsRequest.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new FeatureStatsRequest instance using the specified properties.
                 * @function create
                 * @memberof medmesh.fl.v1.FeatureStatsRequest
                 * @static
                 * @param {medmesh.fl.v1.FeatureStatsRequest.$Properties=} [properties] Properties to set
                 * @returns {medmesh.fl.v1.FeatureStatsRequest} FeatureStatsRequest instance
                 * @type {{
                 *   (properties: medmesh.fl.v1.FeatureStatsRequest.$Shape): medmesh.fl.v1.FeatureStatsRequest & medmesh.fl.v1.FeatureStatsRequest.$Shape;
                 *   (properties?: medmesh.fl.v1.FeatureStatsRequest.$Properties): medmesh.fl.v1.FeatureStatsRequest;
                 * }}
                 */
                FeatureStatsRequest.create = function(properties) {
                    return new FeatureStatsRequest(properties);
                };

                /**
                 * Encodes the specified FeatureStatsRequest message. Does not implicitly {@link medmesh.fl.v1.FeatureStatsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.fl.v1.FeatureStatsRequest
                 * @static
                 * @param {medmesh.fl.v1.FeatureStatsRequest.$Properties} message FeatureStatsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FeatureStatsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.jobId);
                    if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator") && message.coordinator.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.coordinator);
                    if (message.featureCount != null && $Object.hasOwnProperty.call(message, "featureCount") && message.featureCount !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.featureCount);
                    if (message.orgs != null && message.orgs.length)
                        for (let i = 0; i < message.orgs.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.orgs[i]);
                    if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt") && (typeof message.issuedAt === "object" ? message.issuedAt.low || message.issuedAt.high : message.issuedAt !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.issuedAt);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a FeatureStatsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.fl.v1.FeatureStatsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.FeatureStatsRequest & medmesh.fl.v1.FeatureStatsRequest.$Shape} FeatureStatsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FeatureStatsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.fl.v1.FeatureStatsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.coordinator = value;
                                else
                                    delete message.coordinator;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.featureCount = value;
                                else
                                    delete message.featureCount;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.orgs && message.orgs.length))
                                    message.orgs = [];
                                message.orgs.push(reader.stringVerify());
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.issuedAt = value;
                                else
                                    delete message.issuedAt;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for FeatureStatsRequest
                 * @function getTypeUrl
                 * @memberof medmesh.fl.v1.FeatureStatsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                FeatureStatsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.fl.v1.FeatureStatsRequest";
                };

                return FeatureStatsRequest;
            })();

            v1.FeatureStats = (function() {

                /**
                 * Properties of a FeatureStats.
                 * @typedef {Object} medmesh.fl.v1.FeatureStats.$Properties
                 * @property {Uint8Array|null} [jobId] FeatureStats jobId
                 * @property {string|null} [org] FeatureStats org
                 * @property {number|null} [count] FeatureStats count
                 * @property {Uint8Array|null} [mean] FeatureStats mean
                 * @property {Uint8Array|null} [m2] FeatureStats m2
                 * @property {Uint8Array|null} [participant] FeatureStats participant
                 * @property {Uint8Array|null} [columnCounts] FeatureStats columnCounts
                 * @property {Uint8Array|null} [dpMoments] FeatureStats dpMoments
                 * @property {Uint8Array|null} [signature] FeatureStats signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FeatureStats.
                 * @memberof medmesh.fl.v1
                 * @interface IFeatureStats
                 * @augments medmesh.fl.v1.FeatureStats.$Properties
                 * @deprecated Use medmesh.fl.v1.FeatureStats.$Properties instead.
                 */

                /**
                 * Shape of a FeatureStats.
                 * @typedef {medmesh.fl.v1.FeatureStats.$Properties} medmesh.fl.v1.FeatureStats.$Shape
                 */

                /**
                 * Constructs a new FeatureStats.
                 * @memberof medmesh.fl.v1
                 * @classdesc Represents a FeatureStats.
                 * @constructor
                 * @param {medmesh.fl.v1.FeatureStats.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FeatureStats = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * FeatureStats jobId.
                 * @member {Uint8Array} jobId
                 * @memberof medmesh.fl.v1.FeatureStats
                 * @instance
                 */
                FeatureStats.prototype.jobId = $util.newBuffer([]);

                /**
                 * FeatureStats org.
                 * @member {string} org
                 * @memberof medmesh.fl.v1.FeatureStats
                 * @instance
                 */
                FeatureStats.prototype.org = "";

                /**
                 * FeatureStats count.
                 * @member {number} count
                 * @memberof medmesh.fl.v1.FeatureStats
                 * @instance
                 */
                FeatureStats.prototype.count = 0;

                /**
                 * FeatureStats mean.
                 * @member {Uint8Array} mean
                 * @memberof medmesh.fl.v1.FeatureStats
                 * @instance
                 */
                FeatureStats.prototype.mean = $util.newBuffer([]);

                /**
                 * FeatureStats m2.
                 * @member {Uint8Array} m2
                 * @memberof medmesh.fl.v1.FeatureStats
                 * @instance
                 */
                FeatureStats.prototype.m2 = $util.newBuffer([]);

                /**
                 * FeatureStats participant.
                 * @member {Uint8Array} participant
                 * @memberof medmesh.fl.v1.FeatureStats
                 * @instance
                 */
                FeatureStats.prototype.participant = $util.newBuffer([]);

                /**
                 * FeatureStats columnCounts.
                 * @member {Uint8Array} columnCounts
                 * @memberof medmesh.fl.v1.FeatureStats
                 * @instance
                 */
                FeatureStats.prototype.columnCounts = $util.newBuffer([]);

                /**
                 * FeatureStats dpMoments.
                 * @member {Uint8Array} dpMoments
                 * @memberof medmesh.fl.v1.FeatureStats
                 * @instance
                 */
                FeatureStats.prototype.dpMoments = $util.newBuffer([]);

                /**
                 * FeatureStats signature.
                 * @member {Uint8Array} signature
                 * @memberof medmesh.fl.v1.FeatureStats
                 * @instance
                 */
                FeatureStats.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new FeatureStats instance using the specified properties.
                 * @function create
                 * @memberof medmesh.fl.v1.FeatureStats
                 * @static
                 * @param {medmesh.fl.v1.FeatureStats.$Properties=} [properties] Properties to set
                 * @returns {medmesh.fl.v1.FeatureStats} FeatureStats instance
                 * @type {{
                 *   (properties: medmesh.fl.v1.FeatureStats.$Shape): medmesh.fl.v1.FeatureStats & medmesh.fl.v1.FeatureStats.$Shape;
                 *   (properties?: medmesh.fl.v1.FeatureStats.$Properties): medmesh.fl.v1.FeatureStats;
                 * }}
                 */
                FeatureStats.create = function(properties) {
                    return new FeatureStats(properties);
                };

                /**
                 * Encodes the specified FeatureStats message. Does not implicitly {@link medmesh.fl.v1.FeatureStats.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.fl.v1.FeatureStats
                 * @static
                 * @param {medmesh.fl.v1.FeatureStats.$Properties} message FeatureStats message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FeatureStats.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.jobId);
                    if (message.org != null && $Object.hasOwnProperty.call(message, "org") && message.org !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.org);
                    if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.count);
                    if (message.mean != null && $Object.hasOwnProperty.call(message, "mean") && message.mean.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.mean);
                    if (message.m2 != null && $Object.hasOwnProperty.call(message, "m2") && message.m2.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.m2);
                    if (message.participant != null && $Object.hasOwnProperty.call(message, "participant") && message.participant.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.participant);
                    if (message.columnCounts != null && $Object.hasOwnProperty.call(message, "columnCounts") && message.columnCounts.length)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.columnCounts);
                    if (message.dpMoments != null && $Object.hasOwnProperty.call(message, "dpMoments") && message.dpMoments.length)
                        writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.dpMoments);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a FeatureStats message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.fl.v1.FeatureStats
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.FeatureStats & medmesh.fl.v1.FeatureStats.$Shape} FeatureStats
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FeatureStats.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.fl.v1.FeatureStats();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.org = value;
                                else
                                    delete message.org;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.count = value;
                                else
                                    delete message.count;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.mean = value;
                                else
                                    delete message.mean;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.m2 = value;
                                else
                                    delete message.m2;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.participant = value;
                                else
                                    delete message.participant;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.columnCounts = value;
                                else
                                    delete message.columnCounts;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.dpMoments = value;
                                else
                                    delete message.dpMoments;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for FeatureStats
                 * @function getTypeUrl
                 * @memberof medmesh.fl.v1.FeatureStats
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                FeatureStats.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.fl.v1.FeatureStats";
                };

                return FeatureStats;
            })();

            v1.JobSetup = (function() {

                /**
                 * Properties of a JobSetup.
                 * @typedef {Object} medmesh.fl.v1.JobSetup.$Properties
                 * @property {Uint8Array|null} [jobId] JobSetup jobId
                 * @property {Uint8Array|null} [mean] JobSetup mean
                 * @property {Uint8Array|null} [std] JobSetup std
                 * @property {Uint8Array|null} [coordinator] JobSetup coordinator
                 * @property {number|null} [count] JobSetup count
                 * @property {Array.<string>|null} [orgs] JobSetup orgs
                 * @property {Uint8Array|null} [signature] JobSetup signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a JobSetup.
                 * @memberof medmesh.fl.v1
                 * @interface IJobSetup
                 * @augments medmesh.fl.v1.JobSetup.$Properties
                 * @deprecated Use medmesh.fl.v1.JobSetup.$Properties instead.
                 */

                /**
                 * Shape of a JobSetup.
                 * @typedef {medmesh.fl.v1.JobSetup.$Properties} medmesh.fl.v1.JobSetup.$Shape
                 */

                /**
                 * Constructs a new JobSetup.
                 * @memberof medmesh.fl.v1
                 * @classdesc Represents a JobSetup.
                 * @constructor
                 * @param {medmesh.fl.v1.JobSetup.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const JobSetup = function (properties) {
                    this.orgs = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * JobSetup jobId.
                 * @member {Uint8Array} jobId
                 * @memberof medmesh.fl.v1.JobSetup
                 * @instance
                 */
                JobSetup.prototype.jobId = $util.newBuffer([]);

                /**
                 * JobSetup mean.
                 * @member {Uint8Array} mean
                 * @memberof medmesh.fl.v1.JobSetup
                 * @instance
                 */
                JobSetup.prototype.mean = $util.newBuffer([]);

                /**
                 * JobSetup std.
                 * @member {Uint8Array} std
                 * @memberof medmesh.fl.v1.JobSetup
                 * @instance
                 */
                JobSetup.prototype.std = $util.newBuffer([]);

                /**
                 * JobSetup coordinator.
                 * @member {Uint8Array} coordinator
                 * @memberof medmesh.fl.v1.JobSetup
                 * @instance
                 */
                JobSetup.prototype.coordinator = $util.newBuffer([]);

                /**
                 * JobSetup count.
                 * @member {number} count
                 * @memberof medmesh.fl.v1.JobSetup
                 * @instance
                 */
                JobSetup.prototype.count = 0;

                /**
                 * JobSetup orgs.
                 * @member {Array.<string>} orgs
                 * @memberof medmesh.fl.v1.JobSetup
                 * @instance
                 */
                JobSetup.prototype.orgs = $util.emptyArray;

                /**
                 * JobSetup signature.
                 * @member {Uint8Array} signature
                 * @memberof medmesh.fl.v1.JobSetup
                 * @instance
                 */
                JobSetup.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new JobSetup instance using the specified properties.
                 * @function create
                 * @memberof medmesh.fl.v1.JobSetup
                 * @static
                 * @param {medmesh.fl.v1.JobSetup.$Properties=} [properties] Properties to set
                 * @returns {medmesh.fl.v1.JobSetup} JobSetup instance
                 * @type {{
                 *   (properties: medmesh.fl.v1.JobSetup.$Shape): medmesh.fl.v1.JobSetup & medmesh.fl.v1.JobSetup.$Shape;
                 *   (properties?: medmesh.fl.v1.JobSetup.$Properties): medmesh.fl.v1.JobSetup;
                 * }}
                 */
                JobSetup.create = function(properties) {
                    return new JobSetup(properties);
                };

                /**
                 * Encodes the specified JobSetup message. Does not implicitly {@link medmesh.fl.v1.JobSetup.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.fl.v1.JobSetup
                 * @static
                 * @param {medmesh.fl.v1.JobSetup.$Properties} message JobSetup message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JobSetup.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.jobId);
                    if (message.mean != null && $Object.hasOwnProperty.call(message, "mean") && message.mean.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.mean);
                    if (message.std != null && $Object.hasOwnProperty.call(message, "std") && message.std.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.std);
                    if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator") && message.coordinator.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.coordinator);
                    if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.count);
                    if (message.orgs != null && message.orgs.length)
                        for (let i = 0; i < message.orgs.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.orgs[i]);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a JobSetup message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.fl.v1.JobSetup
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.JobSetup & medmesh.fl.v1.JobSetup.$Shape} JobSetup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JobSetup.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.fl.v1.JobSetup();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.mean = value;
                                else
                                    delete message.mean;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.std = value;
                                else
                                    delete message.std;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.coordinator = value;
                                else
                                    delete message.coordinator;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.count = value;
                                else
                                    delete message.count;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.orgs && message.orgs.length))
                                    message.orgs = [];
                                message.orgs.push(reader.stringVerify());
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for JobSetup
                 * @function getTypeUrl
                 * @memberof medmesh.fl.v1.JobSetup
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                JobSetup.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.fl.v1.JobSetup";
                };

                return JobSetup;
            })();

            v1.GraphRequest = (function() {

                /**
                 * Properties of a GraphRequest.
                 * @typedef {Object} medmesh.fl.v1.GraphRequest.$Properties
                 * @property {Uint8Array|null} [jobId] GraphRequest jobId
                 * @property {Uint8Array|null} [graphHash] GraphRequest graphHash
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GraphRequest.
                 * @memberof medmesh.fl.v1
                 * @interface IGraphRequest
                 * @augments medmesh.fl.v1.GraphRequest.$Properties
                 * @deprecated Use medmesh.fl.v1.GraphRequest.$Properties instead.
                 */

                /**
                 * Shape of a GraphRequest.
                 * @typedef {medmesh.fl.v1.GraphRequest.$Properties} medmesh.fl.v1.GraphRequest.$Shape
                 */

                /**
                 * Constructs a new GraphRequest.
                 * @memberof medmesh.fl.v1
                 * @classdesc Represents a GraphRequest.
                 * @constructor
                 * @param {medmesh.fl.v1.GraphRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GraphRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GraphRequest jobId.
                 * @member {Uint8Array} jobId
                 * @memberof medmesh.fl.v1.GraphRequest
                 * @instance
                 */
                GraphRequest.prototype.jobId = $util.newBuffer([]);

                /**
                 * GraphRequest graphHash.
                 * @member {Uint8Array} graphHash
                 * @memberof medmesh.fl.v1.GraphRequest
                 * @instance
                 */
                GraphRequest.prototype.graphHash = $util.newBuffer([]);

                /**
                 * Creates a new GraphRequest instance using the specified properties.
                 * @function create
                 * @memberof medmesh.fl.v1.GraphRequest
                 * @static
                 * @param {medmesh.fl.v1.GraphRequest.$Properties=} [properties] Properties to set
                 * @returns {medmesh.fl.v1.GraphRequest} GraphRequest instance
                 * @type {{
                 *   (properties: medmesh.fl.v1.GraphRequest.$Shape): medmesh.fl.v1.GraphRequest & medmesh.fl.v1.GraphRequest.$Shape;
                 *   (properties?: medmesh.fl.v1.GraphRequest.$Properties): medmesh.fl.v1.GraphRequest;
                 * }}
                 */
                GraphRequest.create = function(properties) {
                    return new GraphRequest(properties);
                };

                /**
                 * Encodes the specified GraphRequest message. Does not implicitly {@link medmesh.fl.v1.GraphRequest.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.fl.v1.GraphRequest
                 * @static
                 * @param {medmesh.fl.v1.GraphRequest.$Properties} message GraphRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GraphRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.jobId);
                    if (message.graphHash != null && $Object.hasOwnProperty.call(message, "graphHash") && message.graphHash.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.graphHash);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GraphRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.fl.v1.GraphRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.GraphRequest & medmesh.fl.v1.GraphRequest.$Shape} GraphRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GraphRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.fl.v1.GraphRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.graphHash = value;
                                else
                                    delete message.graphHash;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for GraphRequest
                 * @function getTypeUrl
                 * @memberof medmesh.fl.v1.GraphRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GraphRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.fl.v1.GraphRequest";
                };

                return GraphRequest;
            })();

            v1.FlRequest = (function() {

                /**
                 * Properties of a FlRequest.
                 * @typedef {Object} medmesh.fl.v1.FlRequest.$Properties
                 * @property {medmesh.fl.v1.RoundPrepare.$Properties|null} [roundPrepare] FlRequest roundPrepare
                 * @property {medmesh.fl.v1.RoundStart.$Properties|null} [roundStart] FlRequest roundStart
                 * @property {medmesh.fl.v1.MaskedUpdate.$Properties|null} [maskedUpdate] FlRequest maskedUpdate
                 * @property {medmesh.fl.v1.AggregateSum.$Properties|null} [aggregateSum] FlRequest aggregateSum
                 * @property {medmesh.fl.v1.RoundResult.$Properties|null} [roundResult] FlRequest roundResult
                 * @property {medmesh.fl.v1.FeatureStatsRequest.$Properties|null} [featureStatsRequest] FlRequest featureStatsRequest
                 * @property {medmesh.fl.v1.JobSetup.$Properties|null} [jobSetup] FlRequest jobSetup
                 * @property {medmesh.fl.v1.GraphRequest.$Properties|null} [graphRequest] FlRequest graphRequest
                 * @property {"roundPrepare"|"roundStart"|"maskedUpdate"|"aggregateSum"|"roundResult"|"featureStatsRequest"|"jobSetup"|"graphRequest"} [body] FlRequest body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FlRequest.
                 * @memberof medmesh.fl.v1
                 * @interface IFlRequest
                 * @augments medmesh.fl.v1.FlRequest.$Properties
                 * @deprecated Use medmesh.fl.v1.FlRequest.$Properties instead.
                 */

                /**
                 * Narrowed shape of a FlRequest.
                 * @typedef {{
                 *   roundPrepare?: medmesh.fl.v1.RoundPrepare.$Shape|null;
                 *   roundStart?: medmesh.fl.v1.RoundStart.$Shape|null;
                 *   maskedUpdate?: medmesh.fl.v1.MaskedUpdate.$Shape|null;
                 *   aggregateSum?: medmesh.fl.v1.AggregateSum.$Shape|null;
                 *   roundResult?: medmesh.fl.v1.RoundResult.$Shape|null;
                 *   featureStatsRequest?: medmesh.fl.v1.FeatureStatsRequest.$Shape|null;
                 *   jobSetup?: medmesh.fl.v1.JobSetup.$Shape|null;
                 *   graphRequest?: medmesh.fl.v1.GraphRequest.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; roundPrepare?: null; roundStart?: null; maskedUpdate?: null; aggregateSum?: null; roundResult?: null; featureStatsRequest?: null; jobSetup?: null; graphRequest?: null }|{ body?: "roundPrepare"; roundPrepare: medmesh.fl.v1.RoundPrepare.$Shape; roundStart?: null; maskedUpdate?: null; aggregateSum?: null; roundResult?: null; featureStatsRequest?: null; jobSetup?: null; graphRequest?: null }|{ body?: "roundStart"; roundPrepare?: null; roundStart: medmesh.fl.v1.RoundStart.$Shape; maskedUpdate?: null; aggregateSum?: null; roundResult?: null; featureStatsRequest?: null; jobSetup?: null; graphRequest?: null }|{ body?: "maskedUpdate"; roundPrepare?: null; roundStart?: null; maskedUpdate: medmesh.fl.v1.MaskedUpdate.$Shape; aggregateSum?: null; roundResult?: null; featureStatsRequest?: null; jobSetup?: null; graphRequest?: null }|{ body?: "aggregateSum"; roundPrepare?: null; roundStart?: null; maskedUpdate?: null; aggregateSum: medmesh.fl.v1.AggregateSum.$Shape; roundResult?: null; featureStatsRequest?: null; jobSetup?: null; graphRequest?: null }|{ body?: "roundResult"; roundPrepare?: null; roundStart?: null; maskedUpdate?: null; aggregateSum?: null; roundResult: medmesh.fl.v1.RoundResult.$Shape; featureStatsRequest?: null; jobSetup?: null; graphRequest?: null }|{ body?: "featureStatsRequest"; roundPrepare?: null; roundStart?: null; maskedUpdate?: null; aggregateSum?: null; roundResult?: null; featureStatsRequest: medmesh.fl.v1.FeatureStatsRequest.$Shape; jobSetup?: null; graphRequest?: null }|{ body?: "jobSetup"; roundPrepare?: null; roundStart?: null; maskedUpdate?: null; aggregateSum?: null; roundResult?: null; featureStatsRequest?: null; jobSetup: medmesh.fl.v1.JobSetup.$Shape; graphRequest?: null }|{ body?: "graphRequest"; roundPrepare?: null; roundStart?: null; maskedUpdate?: null; aggregateSum?: null; roundResult?: null; featureStatsRequest?: null; jobSetup?: null; graphRequest: medmesh.fl.v1.GraphRequest.$Shape })
                 * )} medmesh.fl.v1.FlRequest.$Shape
                 */

                /**
                 * Constructs a new FlRequest.
                 * @memberof medmesh.fl.v1
                 * @classdesc Represents a FlRequest.
                 * @constructor
                 * @param {medmesh.fl.v1.FlRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FlRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * FlRequest roundPrepare.
                 * @member {medmesh.fl.v1.RoundPrepare.$Properties|null|undefined} roundPrepare
                 * @memberof medmesh.fl.v1.FlRequest
                 * @instance
                 */
                FlRequest.prototype.roundPrepare = null;

                /**
                 * FlRequest roundStart.
                 * @member {medmesh.fl.v1.RoundStart.$Properties|null|undefined} roundStart
                 * @memberof medmesh.fl.v1.FlRequest
                 * @instance
                 */
                FlRequest.prototype.roundStart = null;

                /**
                 * FlRequest maskedUpdate.
                 * @member {medmesh.fl.v1.MaskedUpdate.$Properties|null|undefined} maskedUpdate
                 * @memberof medmesh.fl.v1.FlRequest
                 * @instance
                 */
                FlRequest.prototype.maskedUpdate = null;

                /**
                 * FlRequest aggregateSum.
                 * @member {medmesh.fl.v1.AggregateSum.$Properties|null|undefined} aggregateSum
                 * @memberof medmesh.fl.v1.FlRequest
                 * @instance
                 */
                FlRequest.prototype.aggregateSum = null;

                /**
                 * FlRequest roundResult.
                 * @member {medmesh.fl.v1.RoundResult.$Properties|null|undefined} roundResult
                 * @memberof medmesh.fl.v1.FlRequest
                 * @instance
                 */
                FlRequest.prototype.roundResult = null;

                /**
                 * FlRequest featureStatsRequest.
                 * @member {medmesh.fl.v1.FeatureStatsRequest.$Properties|null|undefined} featureStatsRequest
                 * @memberof medmesh.fl.v1.FlRequest
                 * @instance
                 */
                FlRequest.prototype.featureStatsRequest = null;

                /**
                 * FlRequest jobSetup.
                 * @member {medmesh.fl.v1.JobSetup.$Properties|null|undefined} jobSetup
                 * @memberof medmesh.fl.v1.FlRequest
                 * @instance
                 */
                FlRequest.prototype.jobSetup = null;

                /**
                 * FlRequest graphRequest.
                 * @member {medmesh.fl.v1.GraphRequest.$Properties|null|undefined} graphRequest
                 * @memberof medmesh.fl.v1.FlRequest
                 * @instance
                 */
                FlRequest.prototype.graphRequest = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * FlRequest body.
                 * @member {"roundPrepare"|"roundStart"|"maskedUpdate"|"aggregateSum"|"roundResult"|"featureStatsRequest"|"jobSetup"|"graphRequest"|undefined} body
                 * @memberof medmesh.fl.v1.FlRequest
                 * @instance
                 */
                $Object.defineProperty(FlRequest.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["roundPrepare", "roundStart", "maskedUpdate", "aggregateSum", "roundResult", "featureStatsRequest", "jobSetup", "graphRequest"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new FlRequest instance using the specified properties.
                 * @function create
                 * @memberof medmesh.fl.v1.FlRequest
                 * @static
                 * @param {medmesh.fl.v1.FlRequest.$Properties=} [properties] Properties to set
                 * @returns {medmesh.fl.v1.FlRequest} FlRequest instance
                 * @type {{
                 *   (properties: medmesh.fl.v1.FlRequest.$Shape): medmesh.fl.v1.FlRequest & medmesh.fl.v1.FlRequest.$Shape;
                 *   (properties?: medmesh.fl.v1.FlRequest.$Properties): medmesh.fl.v1.FlRequest;
                 * }}
                 */
                FlRequest.create = function(properties) {
                    return new FlRequest(properties);
                };

                /**
                 * Encodes the specified FlRequest message. Does not implicitly {@link medmesh.fl.v1.FlRequest.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.fl.v1.FlRequest
                 * @static
                 * @param {medmesh.fl.v1.FlRequest.$Properties} message FlRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FlRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.roundPrepare != null && $Object.hasOwnProperty.call(message, "roundPrepare"))
                        $root.medmesh.fl.v1.RoundPrepare.encode(message.roundPrepare, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.roundStart != null && $Object.hasOwnProperty.call(message, "roundStart"))
                        $root.medmesh.fl.v1.RoundStart.encode(message.roundStart, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.maskedUpdate != null && $Object.hasOwnProperty.call(message, "maskedUpdate"))
                        $root.medmesh.fl.v1.MaskedUpdate.encode(message.maskedUpdate, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.aggregateSum != null && $Object.hasOwnProperty.call(message, "aggregateSum"))
                        $root.medmesh.fl.v1.AggregateSum.encode(message.aggregateSum, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.roundResult != null && $Object.hasOwnProperty.call(message, "roundResult"))
                        $root.medmesh.fl.v1.RoundResult.encode(message.roundResult, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.featureStatsRequest != null && $Object.hasOwnProperty.call(message, "featureStatsRequest"))
                        $root.medmesh.fl.v1.FeatureStatsRequest.encode(message.featureStatsRequest, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.jobSetup != null && $Object.hasOwnProperty.call(message, "jobSetup"))
                        $root.medmesh.fl.v1.JobSetup.encode(message.jobSetup, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.graphRequest != null && $Object.hasOwnProperty.call(message, "graphRequest"))
                        $root.medmesh.fl.v1.GraphRequest.encode(message.graphRequest, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a FlRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.fl.v1.FlRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.FlRequest & medmesh.fl.v1.FlRequest.$Shape} FlRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FlRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.fl.v1.FlRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.roundPrepare = $root.medmesh.fl.v1.RoundPrepare.decode(reader, reader.size(), $undefined, _depth + 1, message.roundPrepare);
                                message.body = "roundPrepare";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.roundStart = $root.medmesh.fl.v1.RoundStart.decode(reader, reader.size(), $undefined, _depth + 1, message.roundStart);
                                message.body = "roundStart";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.maskedUpdate = $root.medmesh.fl.v1.MaskedUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.maskedUpdate);
                                message.body = "maskedUpdate";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.aggregateSum = $root.medmesh.fl.v1.AggregateSum.decode(reader, reader.size(), $undefined, _depth + 1, message.aggregateSum);
                                message.body = "aggregateSum";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.roundResult = $root.medmesh.fl.v1.RoundResult.decode(reader, reader.size(), $undefined, _depth + 1, message.roundResult);
                                message.body = "roundResult";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.featureStatsRequest = $root.medmesh.fl.v1.FeatureStatsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.featureStatsRequest);
                                message.body = "featureStatsRequest";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.jobSetup = $root.medmesh.fl.v1.JobSetup.decode(reader, reader.size(), $undefined, _depth + 1, message.jobSetup);
                                message.body = "jobSetup";
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.graphRequest = $root.medmesh.fl.v1.GraphRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.graphRequest);
                                message.body = "graphRequest";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for FlRequest
                 * @function getTypeUrl
                 * @memberof medmesh.fl.v1.FlRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                FlRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.fl.v1.FlRequest";
                };

                return FlRequest;
            })();

            v1.FlResponse = (function() {

                /**
                 * Properties of a FlResponse.
                 * @typedef {Object} medmesh.fl.v1.FlResponse.$Properties
                 * @property {boolean|null} [ok] FlResponse ok
                 * @property {string|null} [code] FlResponse code
                 * @property {string|null} [error] FlResponse error
                 * @property {medmesh.fl.v1.RoundJoin.$Properties|null} [join] FlResponse join
                 * @property {medmesh.fl.v1.RoundResult.$Properties|null} [result] FlResponse result
                 * @property {medmesh.fl.v1.FeatureStats.$Properties|null} [stats] FlResponse stats
                 * @property {Uint8Array|null} [graph] FlResponse graph
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FlResponse.
                 * @memberof medmesh.fl.v1
                 * @interface IFlResponse
                 * @augments medmesh.fl.v1.FlResponse.$Properties
                 * @deprecated Use medmesh.fl.v1.FlResponse.$Properties instead.
                 */

                /**
                 * Shape of a FlResponse.
                 * @typedef {medmesh.fl.v1.FlResponse.$Properties} medmesh.fl.v1.FlResponse.$Shape
                 */

                /**
                 * Constructs a new FlResponse.
                 * @memberof medmesh.fl.v1
                 * @classdesc Represents a FlResponse.
                 * @constructor
                 * @param {medmesh.fl.v1.FlResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FlResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * FlResponse ok.
                 * @member {boolean} ok
                 * @memberof medmesh.fl.v1.FlResponse
                 * @instance
                 */
                FlResponse.prototype.ok = false;

                /**
                 * FlResponse code.
                 * @member {string} code
                 * @memberof medmesh.fl.v1.FlResponse
                 * @instance
                 */
                FlResponse.prototype.code = "";

                /**
                 * FlResponse error.
                 * @member {string} error
                 * @memberof medmesh.fl.v1.FlResponse
                 * @instance
                 */
                FlResponse.prototype.error = "";

                /**
                 * FlResponse join.
                 * @member {medmesh.fl.v1.RoundJoin.$Properties|null|undefined} join
                 * @memberof medmesh.fl.v1.FlResponse
                 * @instance
                 */
                FlResponse.prototype.join = null;

                /**
                 * FlResponse result.
                 * @member {medmesh.fl.v1.RoundResult.$Properties|null|undefined} result
                 * @memberof medmesh.fl.v1.FlResponse
                 * @instance
                 */
                FlResponse.prototype.result = null;

                /**
                 * FlResponse stats.
                 * @member {medmesh.fl.v1.FeatureStats.$Properties|null|undefined} stats
                 * @memberof medmesh.fl.v1.FlResponse
                 * @instance
                 */
                FlResponse.prototype.stats = null;

                /**
                 * FlResponse graph.
                 * @member {Uint8Array} graph
                 * @memberof medmesh.fl.v1.FlResponse
                 * @instance
                 */
                FlResponse.prototype.graph = $util.newBuffer([]);

                /**
                 * Creates a new FlResponse instance using the specified properties.
                 * @function create
                 * @memberof medmesh.fl.v1.FlResponse
                 * @static
                 * @param {medmesh.fl.v1.FlResponse.$Properties=} [properties] Properties to set
                 * @returns {medmesh.fl.v1.FlResponse} FlResponse instance
                 * @type {{
                 *   (properties: medmesh.fl.v1.FlResponse.$Shape): medmesh.fl.v1.FlResponse & medmesh.fl.v1.FlResponse.$Shape;
                 *   (properties?: medmesh.fl.v1.FlResponse.$Properties): medmesh.fl.v1.FlResponse;
                 * }}
                 */
                FlResponse.create = function(properties) {
                    return new FlResponse(properties);
                };

                /**
                 * Encodes the specified FlResponse message. Does not implicitly {@link medmesh.fl.v1.FlResponse.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.fl.v1.FlResponse
                 * @static
                 * @param {medmesh.fl.v1.FlResponse.$Properties} message FlResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FlResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.ok);
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.code);
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.error);
                    if (message.join != null && $Object.hasOwnProperty.call(message, "join"))
                        $root.medmesh.fl.v1.RoundJoin.encode(message.join, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                        $root.medmesh.fl.v1.RoundResult.encode(message.result, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                        $root.medmesh.fl.v1.FeatureStats.encode(message.stats, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.graph != null && $Object.hasOwnProperty.call(message, "graph") && message.graph.length)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.graph);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a FlResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.fl.v1.FlResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.fl.v1.FlResponse & medmesh.fl.v1.FlResponse.$Shape} FlResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FlResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.fl.v1.FlResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.ok = value;
                                else
                                    delete message.ok;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.code = value;
                                else
                                    delete message.code;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.error = value;
                                else
                                    delete message.error;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.join = $root.medmesh.fl.v1.RoundJoin.decode(reader, reader.size(), $undefined, _depth + 1, message.join);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.result = $root.medmesh.fl.v1.RoundResult.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.stats = $root.medmesh.fl.v1.FeatureStats.decode(reader, reader.size(), $undefined, _depth + 1, message.stats);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.graph = value;
                                else
                                    delete message.graph;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for FlResponse
                 * @function getTypeUrl
                 * @memberof medmesh.fl.v1.FlResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                FlResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.fl.v1.FlResponse";
                };

                return FlResponse;
            })();

            return v1;
        })();

        return fl;
    })();

    medmesh.records = (function() {

        /**
         * Namespace records.
         * @memberof medmesh
         * @namespace
         */
        const records = {};

        records.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof medmesh.records
             * @namespace
             */
            const v1 = {};

            v1.RecordRequest = (function() {

                /**
                 * Properties of a RecordRequest.
                 * @typedef {Object} medmesh.records.v1.RecordRequest.$Properties
                 * @property {medmesh.common.v1.Credential.$Properties|null} [credential] RecordRequest credential
                 * @property {Uint8Array|null} [pseudonym] RecordRequest pseudonym
                 * @property {Array.<string>|null} [categories] RecordRequest categories
                 * @property {medmesh.common.v1.Purpose|null} [purpose] RecordRequest purpose
                 * @property {Uint8Array|null} [nonce] RecordRequest nonce
                 * @property {number|null} [issuedAt] RecordRequest issuedAt
                 * @property {Uint8Array|null} [ephemeralKey] RecordRequest ephemeralKey
                 * @property {string|null} [breakGlassReason] RecordRequest breakGlassReason
                 * @property {string|null} [holderOrg] RecordRequest holderOrg
                 * @property {Uint8Array|null} [signature] RecordRequest signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RecordRequest.
                 * @memberof medmesh.records.v1
                 * @interface IRecordRequest
                 * @augments medmesh.records.v1.RecordRequest.$Properties
                 * @deprecated Use medmesh.records.v1.RecordRequest.$Properties instead.
                 */

                /**
                 * Shape of a RecordRequest.
                 * @typedef {medmesh.records.v1.RecordRequest.$Properties} medmesh.records.v1.RecordRequest.$Shape
                 */

                /**
                 * Constructs a new RecordRequest.
                 * @memberof medmesh.records.v1
                 * @classdesc Represents a RecordRequest.
                 * @constructor
                 * @param {medmesh.records.v1.RecordRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RecordRequest = function (properties) {
                    this.categories = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RecordRequest credential.
                 * @member {medmesh.common.v1.Credential.$Properties|null|undefined} credential
                 * @memberof medmesh.records.v1.RecordRequest
                 * @instance
                 */
                RecordRequest.prototype.credential = null;

                /**
                 * RecordRequest pseudonym.
                 * @member {Uint8Array} pseudonym
                 * @memberof medmesh.records.v1.RecordRequest
                 * @instance
                 */
                RecordRequest.prototype.pseudonym = $util.newBuffer([]);

                /**
                 * RecordRequest categories.
                 * @member {Array.<string>} categories
                 * @memberof medmesh.records.v1.RecordRequest
                 * @instance
                 */
                RecordRequest.prototype.categories = $util.emptyArray;

                /**
                 * RecordRequest purpose.
                 * @member {medmesh.common.v1.Purpose} purpose
                 * @memberof medmesh.records.v1.RecordRequest
                 * @instance
                 */
                RecordRequest.prototype.purpose = 0;

                /**
                 * RecordRequest nonce.
                 * @member {Uint8Array} nonce
                 * @memberof medmesh.records.v1.RecordRequest
                 * @instance
                 */
                RecordRequest.prototype.nonce = $util.newBuffer([]);

                /**
                 * RecordRequest issuedAt.
                 * @member {number} issuedAt
                 * @memberof medmesh.records.v1.RecordRequest
                 * @instance
                 */
                RecordRequest.prototype.issuedAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RecordRequest ephemeralKey.
                 * @member {Uint8Array} ephemeralKey
                 * @memberof medmesh.records.v1.RecordRequest
                 * @instance
                 */
                RecordRequest.prototype.ephemeralKey = $util.newBuffer([]);

                /**
                 * RecordRequest breakGlassReason.
                 * @member {string} breakGlassReason
                 * @memberof medmesh.records.v1.RecordRequest
                 * @instance
                 */
                RecordRequest.prototype.breakGlassReason = "";

                /**
                 * RecordRequest holderOrg.
                 * @member {string} holderOrg
                 * @memberof medmesh.records.v1.RecordRequest
                 * @instance
                 */
                RecordRequest.prototype.holderOrg = "";

                /**
                 * RecordRequest signature.
                 * @member {Uint8Array} signature
                 * @memberof medmesh.records.v1.RecordRequest
                 * @instance
                 */
                RecordRequest.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new RecordRequest instance using the specified properties.
                 * @function create
                 * @memberof medmesh.records.v1.RecordRequest
                 * @static
                 * @param {medmesh.records.v1.RecordRequest.$Properties=} [properties] Properties to set
                 * @returns {medmesh.records.v1.RecordRequest} RecordRequest instance
                 * @type {{
                 *   (properties: medmesh.records.v1.RecordRequest.$Shape): medmesh.records.v1.RecordRequest & medmesh.records.v1.RecordRequest.$Shape;
                 *   (properties?: medmesh.records.v1.RecordRequest.$Properties): medmesh.records.v1.RecordRequest;
                 * }}
                 */
                RecordRequest.create = function(properties) {
                    return new RecordRequest(properties);
                };

                /**
                 * Encodes the specified RecordRequest message. Does not implicitly {@link medmesh.records.v1.RecordRequest.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.records.v1.RecordRequest
                 * @static
                 * @param {medmesh.records.v1.RecordRequest.$Properties} message RecordRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RecordRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.credential != null && $Object.hasOwnProperty.call(message, "credential"))
                        $root.medmesh.common.v1.Credential.encode(message.credential, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.pseudonym != null && $Object.hasOwnProperty.call(message, "pseudonym") && message.pseudonym.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.pseudonym);
                    if (message.categories != null && message.categories.length)
                        for (let i = 0; i < message.categories.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.categories[i]);
                    if (message.purpose != null && $Object.hasOwnProperty.call(message, "purpose") && message.purpose !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.purpose);
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.nonce);
                    if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt") && (typeof message.issuedAt === "object" ? message.issuedAt.low || message.issuedAt.high : message.issuedAt !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.issuedAt);
                    if (message.ephemeralKey != null && $Object.hasOwnProperty.call(message, "ephemeralKey") && message.ephemeralKey.length)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.ephemeralKey);
                    if (message.breakGlassReason != null && $Object.hasOwnProperty.call(message, "breakGlassReason") && message.breakGlassReason !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.breakGlassReason);
                    if (message.holderOrg != null && $Object.hasOwnProperty.call(message, "holderOrg") && message.holderOrg !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.holderOrg);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RecordRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.records.v1.RecordRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.records.v1.RecordRequest & medmesh.records.v1.RecordRequest.$Shape} RecordRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RecordRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.records.v1.RecordRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.credential = $root.medmesh.common.v1.Credential.decode(reader, reader.size(), $undefined, _depth + 1, message.credential);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.pseudonym = value;
                                else
                                    delete message.pseudonym;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.categories && message.categories.length))
                                    message.categories = [];
                                message.categories.push(reader.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.purpose = value;
                                else
                                    delete message.purpose;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.nonce = value;
                                else
                                    delete message.nonce;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.issuedAt = value;
                                else
                                    delete message.issuedAt;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.ephemeralKey = value;
                                else
                                    delete message.ephemeralKey;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.breakGlassReason = value;
                                else
                                    delete message.breakGlassReason;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.holderOrg = value;
                                else
                                    delete message.holderOrg;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for RecordRequest
                 * @function getTypeUrl
                 * @memberof medmesh.records.v1.RecordRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RecordRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.records.v1.RecordRequest";
                };

                return RecordRequest;
            })();

            v1.AccessReceipt = (function() {

                /**
                 * Properties of an AccessReceipt.
                 * @typedef {Object} medmesh.records.v1.AccessReceipt.$Properties
                 * @property {Uint8Array|null} [txHash] AccessReceipt txHash
                 * @property {number|null} [height] AccessReceipt height
                 * @property {Uint8Array|null} [tx] AccessReceipt tx
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AccessReceipt.
                 * @memberof medmesh.records.v1
                 * @interface IAccessReceipt
                 * @augments medmesh.records.v1.AccessReceipt.$Properties
                 * @deprecated Use medmesh.records.v1.AccessReceipt.$Properties instead.
                 */

                /**
                 * Shape of an AccessReceipt.
                 * @typedef {medmesh.records.v1.AccessReceipt.$Properties} medmesh.records.v1.AccessReceipt.$Shape
                 */

                /**
                 * Constructs a new AccessReceipt.
                 * @memberof medmesh.records.v1
                 * @classdesc Represents an AccessReceipt.
                 * @constructor
                 * @param {medmesh.records.v1.AccessReceipt.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AccessReceipt = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AccessReceipt txHash.
                 * @member {Uint8Array} txHash
                 * @memberof medmesh.records.v1.AccessReceipt
                 * @instance
                 */
                AccessReceipt.prototype.txHash = $util.newBuffer([]);

                /**
                 * AccessReceipt height.
                 * @member {number} height
                 * @memberof medmesh.records.v1.AccessReceipt
                 * @instance
                 */
                AccessReceipt.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * AccessReceipt tx.
                 * @member {Uint8Array} tx
                 * @memberof medmesh.records.v1.AccessReceipt
                 * @instance
                 */
                AccessReceipt.prototype.tx = $util.newBuffer([]);

                /**
                 * Creates a new AccessReceipt instance using the specified properties.
                 * @function create
                 * @memberof medmesh.records.v1.AccessReceipt
                 * @static
                 * @param {medmesh.records.v1.AccessReceipt.$Properties=} [properties] Properties to set
                 * @returns {medmesh.records.v1.AccessReceipt} AccessReceipt instance
                 * @type {{
                 *   (properties: medmesh.records.v1.AccessReceipt.$Shape): medmesh.records.v1.AccessReceipt & medmesh.records.v1.AccessReceipt.$Shape;
                 *   (properties?: medmesh.records.v1.AccessReceipt.$Properties): medmesh.records.v1.AccessReceipt;
                 * }}
                 */
                AccessReceipt.create = function(properties) {
                    return new AccessReceipt(properties);
                };

                /**
                 * Encodes the specified AccessReceipt message. Does not implicitly {@link medmesh.records.v1.AccessReceipt.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.records.v1.AccessReceipt
                 * @static
                 * @param {medmesh.records.v1.AccessReceipt.$Properties} message AccessReceipt message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AccessReceipt.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.txHash != null && $Object.hasOwnProperty.call(message, "txHash") && message.txHash.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.txHash);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
                    if (message.tx != null && $Object.hasOwnProperty.call(message, "tx") && message.tx.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.tx);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AccessReceipt message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.records.v1.AccessReceipt
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.records.v1.AccessReceipt & medmesh.records.v1.AccessReceipt.$Shape} AccessReceipt
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AccessReceipt.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.records.v1.AccessReceipt();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.txHash = value;
                                else
                                    delete message.txHash;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.height = value;
                                else
                                    delete message.height;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.tx = value;
                                else
                                    delete message.tx;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for AccessReceipt
                 * @function getTypeUrl
                 * @memberof medmesh.records.v1.AccessReceipt
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AccessReceipt.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.records.v1.AccessReceipt";
                };

                return AccessReceipt;
            })();

            v1.EncryptedBundle = (function() {

                /**
                 * Properties of an EncryptedBundle.
                 * @typedef {Object} medmesh.records.v1.EncryptedBundle.$Properties
                 * @property {Uint8Array|null} [senderKey] EncryptedBundle senderKey
                 * @property {Uint8Array|null} [nonce] EncryptedBundle nonce
                 * @property {Uint8Array|null} [ciphertext] EncryptedBundle ciphertext
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an EncryptedBundle.
                 * @memberof medmesh.records.v1
                 * @interface IEncryptedBundle
                 * @augments medmesh.records.v1.EncryptedBundle.$Properties
                 * @deprecated Use medmesh.records.v1.EncryptedBundle.$Properties instead.
                 */

                /**
                 * Shape of an EncryptedBundle.
                 * @typedef {medmesh.records.v1.EncryptedBundle.$Properties} medmesh.records.v1.EncryptedBundle.$Shape
                 */

                /**
                 * Constructs a new EncryptedBundle.
                 * @memberof medmesh.records.v1
                 * @classdesc Represents an EncryptedBundle.
                 * @constructor
                 * @param {medmesh.records.v1.EncryptedBundle.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const EncryptedBundle = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * EncryptedBundle senderKey.
                 * @member {Uint8Array} senderKey
                 * @memberof medmesh.records.v1.EncryptedBundle
                 * @instance
                 */
                EncryptedBundle.prototype.senderKey = $util.newBuffer([]);

                /**
                 * EncryptedBundle nonce.
                 * @member {Uint8Array} nonce
                 * @memberof medmesh.records.v1.EncryptedBundle
                 * @instance
                 */
                EncryptedBundle.prototype.nonce = $util.newBuffer([]);

                /**
                 * EncryptedBundle ciphertext.
                 * @member {Uint8Array} ciphertext
                 * @memberof medmesh.records.v1.EncryptedBundle
                 * @instance
                 */
                EncryptedBundle.prototype.ciphertext = $util.newBuffer([]);

                /**
                 * Creates a new EncryptedBundle instance using the specified properties.
                 * @function create
                 * @memberof medmesh.records.v1.EncryptedBundle
                 * @static
                 * @param {medmesh.records.v1.EncryptedBundle.$Properties=} [properties] Properties to set
                 * @returns {medmesh.records.v1.EncryptedBundle} EncryptedBundle instance
                 * @type {{
                 *   (properties: medmesh.records.v1.EncryptedBundle.$Shape): medmesh.records.v1.EncryptedBundle & medmesh.records.v1.EncryptedBundle.$Shape;
                 *   (properties?: medmesh.records.v1.EncryptedBundle.$Properties): medmesh.records.v1.EncryptedBundle;
                 * }}
                 */
                EncryptedBundle.create = function(properties) {
                    return new EncryptedBundle(properties);
                };

                /**
                 * Encodes the specified EncryptedBundle message. Does not implicitly {@link medmesh.records.v1.EncryptedBundle.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.records.v1.EncryptedBundle
                 * @static
                 * @param {medmesh.records.v1.EncryptedBundle.$Properties} message EncryptedBundle message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EncryptedBundle.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.senderKey != null && $Object.hasOwnProperty.call(message, "senderKey") && message.senderKey.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.senderKey);
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.nonce);
                    if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext") && message.ciphertext.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.ciphertext);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an EncryptedBundle message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.records.v1.EncryptedBundle
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.records.v1.EncryptedBundle & medmesh.records.v1.EncryptedBundle.$Shape} EncryptedBundle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EncryptedBundle.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.records.v1.EncryptedBundle();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.senderKey = value;
                                else
                                    delete message.senderKey;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.nonce = value;
                                else
                                    delete message.nonce;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.ciphertext = value;
                                else
                                    delete message.ciphertext;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for EncryptedBundle
                 * @function getTypeUrl
                 * @memberof medmesh.records.v1.EncryptedBundle
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                EncryptedBundle.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.records.v1.EncryptedBundle";
                };

                return EncryptedBundle;
            })();

            /**
             * ResponseStatus enum.
             * @name medmesh.records.v1.ResponseStatus
             * @enum {number}
             * @property {number} RESPONSE_STATUS_UNSPECIFIED=0 RESPONSE_STATUS_UNSPECIFIED value
             * @property {number} RESPONSE_STATUS_OK=1 RESPONSE_STATUS_OK value
             * @property {number} RESPONSE_STATUS_DENIED=2 RESPONSE_STATUS_DENIED value
             * @property {number} RESPONSE_STATUS_NOT_FOUND=3 RESPONSE_STATUS_NOT_FOUND value
             * @property {number} RESPONSE_STATUS_BAD_REQUEST=4 RESPONSE_STATUS_BAD_REQUEST value
             * @property {number} RESPONSE_STATUS_UNAVAILABLE=5 RESPONSE_STATUS_UNAVAILABLE value
             */
            v1.ResponseStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "RESPONSE_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "RESPONSE_STATUS_OK"] = 1;
                values[valuesById[2] = "RESPONSE_STATUS_DENIED"] = 2;
                values[valuesById[3] = "RESPONSE_STATUS_NOT_FOUND"] = 3;
                values[valuesById[4] = "RESPONSE_STATUS_BAD_REQUEST"] = 4;
                values[valuesById[5] = "RESPONSE_STATUS_UNAVAILABLE"] = 5;
                return values;
            })();

            v1.RecordResponse = (function() {

                /**
                 * Properties of a RecordResponse.
                 * @typedef {Object} medmesh.records.v1.RecordResponse.$Properties
                 * @property {medmesh.records.v1.ResponseStatus|null} [status] RecordResponse status
                 * @property {string|null} [holderOrg] RecordResponse holderOrg
                 * @property {string|null} [reason] RecordResponse reason
                 * @property {medmesh.records.v1.AccessReceipt.$Properties|null} [receipt] RecordResponse receipt
                 * @property {medmesh.records.v1.EncryptedBundle.$Properties|null} [bundle] RecordResponse bundle
                 * @property {Uint8Array|null} [bundleHash] RecordResponse bundleHash
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RecordResponse.
                 * @memberof medmesh.records.v1
                 * @interface IRecordResponse
                 * @augments medmesh.records.v1.RecordResponse.$Properties
                 * @deprecated Use medmesh.records.v1.RecordResponse.$Properties instead.
                 */

                /**
                 * Shape of a RecordResponse.
                 * @typedef {medmesh.records.v1.RecordResponse.$Properties} medmesh.records.v1.RecordResponse.$Shape
                 */

                /**
                 * Constructs a new RecordResponse.
                 * @memberof medmesh.records.v1
                 * @classdesc Represents a RecordResponse.
                 * @constructor
                 * @param {medmesh.records.v1.RecordResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RecordResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RecordResponse status.
                 * @member {medmesh.records.v1.ResponseStatus} status
                 * @memberof medmesh.records.v1.RecordResponse
                 * @instance
                 */
                RecordResponse.prototype.status = 0;

                /**
                 * RecordResponse holderOrg.
                 * @member {string} holderOrg
                 * @memberof medmesh.records.v1.RecordResponse
                 * @instance
                 */
                RecordResponse.prototype.holderOrg = "";

                /**
                 * RecordResponse reason.
                 * @member {string} reason
                 * @memberof medmesh.records.v1.RecordResponse
                 * @instance
                 */
                RecordResponse.prototype.reason = "";

                /**
                 * RecordResponse receipt.
                 * @member {medmesh.records.v1.AccessReceipt.$Properties|null|undefined} receipt
                 * @memberof medmesh.records.v1.RecordResponse
                 * @instance
                 */
                RecordResponse.prototype.receipt = null;

                /**
                 * RecordResponse bundle.
                 * @member {medmesh.records.v1.EncryptedBundle.$Properties|null|undefined} bundle
                 * @memberof medmesh.records.v1.RecordResponse
                 * @instance
                 */
                RecordResponse.prototype.bundle = null;

                /**
                 * RecordResponse bundleHash.
                 * @member {Uint8Array} bundleHash
                 * @memberof medmesh.records.v1.RecordResponse
                 * @instance
                 */
                RecordResponse.prototype.bundleHash = $util.newBuffer([]);

                /**
                 * Creates a new RecordResponse instance using the specified properties.
                 * @function create
                 * @memberof medmesh.records.v1.RecordResponse
                 * @static
                 * @param {medmesh.records.v1.RecordResponse.$Properties=} [properties] Properties to set
                 * @returns {medmesh.records.v1.RecordResponse} RecordResponse instance
                 * @type {{
                 *   (properties: medmesh.records.v1.RecordResponse.$Shape): medmesh.records.v1.RecordResponse & medmesh.records.v1.RecordResponse.$Shape;
                 *   (properties?: medmesh.records.v1.RecordResponse.$Properties): medmesh.records.v1.RecordResponse;
                 * }}
                 */
                RecordResponse.create = function(properties) {
                    return new RecordResponse(properties);
                };

                /**
                 * Encodes the specified RecordResponse message. Does not implicitly {@link medmesh.records.v1.RecordResponse.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.records.v1.RecordResponse
                 * @static
                 * @param {medmesh.records.v1.RecordResponse.$Properties} message RecordResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RecordResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                    if (message.holderOrg != null && $Object.hasOwnProperty.call(message, "holderOrg") && message.holderOrg !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.holderOrg);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                    if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                        $root.medmesh.records.v1.AccessReceipt.encode(message.receipt, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.bundle != null && $Object.hasOwnProperty.call(message, "bundle"))
                        $root.medmesh.records.v1.EncryptedBundle.encode(message.bundle, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.bundleHash != null && $Object.hasOwnProperty.call(message, "bundleHash") && message.bundleHash.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.bundleHash);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RecordResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.records.v1.RecordResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.records.v1.RecordResponse & medmesh.records.v1.RecordResponse.$Shape} RecordResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RecordResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.records.v1.RecordResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.holderOrg = value;
                                else
                                    delete message.holderOrg;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.receipt = $root.medmesh.records.v1.AccessReceipt.decode(reader, reader.size(), $undefined, _depth + 1, message.receipt);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.bundle = $root.medmesh.records.v1.EncryptedBundle.decode(reader, reader.size(), $undefined, _depth + 1, message.bundle);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.bundleHash = value;
                                else
                                    delete message.bundleHash;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for RecordResponse
                 * @function getTypeUrl
                 * @memberof medmesh.records.v1.RecordResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RecordResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.records.v1.RecordResponse";
                };

                return RecordResponse;
            })();

            v1.RecordLocator = (function() {

                /**
                 * Properties of a RecordLocator.
                 * @typedef {Object} medmesh.records.v1.RecordLocator.$Properties
                 * @property {Uint8Array|null} [locatorKey] RecordLocator locatorKey
                 * @property {string|null} [holderOrg] RecordLocator holderOrg
                 * @property {string|null} [holderPeerId] RecordLocator holderPeerId
                 * @property {number|null} [updatedAt] RecordLocator updatedAt
                 * @property {Uint8Array|null} [holderKey] RecordLocator holderKey
                 * @property {Uint8Array|null} [signature] RecordLocator signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RecordLocator.
                 * @memberof medmesh.records.v1
                 * @interface IRecordLocator
                 * @augments medmesh.records.v1.RecordLocator.$Properties
                 * @deprecated Use medmesh.records.v1.RecordLocator.$Properties instead.
                 */

                /**
                 * Shape of a RecordLocator.
                 * @typedef {medmesh.records.v1.RecordLocator.$Properties} medmesh.records.v1.RecordLocator.$Shape
                 */

                /**
                 * Constructs a new RecordLocator.
                 * @memberof medmesh.records.v1
                 * @classdesc Represents a RecordLocator.
                 * @constructor
                 * @param {medmesh.records.v1.RecordLocator.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RecordLocator = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RecordLocator locatorKey.
                 * @member {Uint8Array} locatorKey
                 * @memberof medmesh.records.v1.RecordLocator
                 * @instance
                 */
                RecordLocator.prototype.locatorKey = $util.newBuffer([]);

                /**
                 * RecordLocator holderOrg.
                 * @member {string} holderOrg
                 * @memberof medmesh.records.v1.RecordLocator
                 * @instance
                 */
                RecordLocator.prototype.holderOrg = "";

                /**
                 * RecordLocator holderPeerId.
                 * @member {string} holderPeerId
                 * @memberof medmesh.records.v1.RecordLocator
                 * @instance
                 */
                RecordLocator.prototype.holderPeerId = "";

                /**
                 * RecordLocator updatedAt.
                 * @member {number} updatedAt
                 * @memberof medmesh.records.v1.RecordLocator
                 * @instance
                 */
                RecordLocator.prototype.updatedAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RecordLocator holderKey.
                 * @member {Uint8Array} holderKey
                 * @memberof medmesh.records.v1.RecordLocator
                 * @instance
                 */
                RecordLocator.prototype.holderKey = $util.newBuffer([]);

                /**
                 * RecordLocator signature.
                 * @member {Uint8Array} signature
                 * @memberof medmesh.records.v1.RecordLocator
                 * @instance
                 */
                RecordLocator.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new RecordLocator instance using the specified properties.
                 * @function create
                 * @memberof medmesh.records.v1.RecordLocator
                 * @static
                 * @param {medmesh.records.v1.RecordLocator.$Properties=} [properties] Properties to set
                 * @returns {medmesh.records.v1.RecordLocator} RecordLocator instance
                 * @type {{
                 *   (properties: medmesh.records.v1.RecordLocator.$Shape): medmesh.records.v1.RecordLocator & medmesh.records.v1.RecordLocator.$Shape;
                 *   (properties?: medmesh.records.v1.RecordLocator.$Properties): medmesh.records.v1.RecordLocator;
                 * }}
                 */
                RecordLocator.create = function(properties) {
                    return new RecordLocator(properties);
                };

                /**
                 * Encodes the specified RecordLocator message. Does not implicitly {@link medmesh.records.v1.RecordLocator.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.records.v1.RecordLocator
                 * @static
                 * @param {medmesh.records.v1.RecordLocator.$Properties} message RecordLocator message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RecordLocator.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.locatorKey != null && $Object.hasOwnProperty.call(message, "locatorKey") && message.locatorKey.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.locatorKey);
                    if (message.holderOrg != null && $Object.hasOwnProperty.call(message, "holderOrg") && message.holderOrg !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.holderOrg);
                    if (message.holderPeerId != null && $Object.hasOwnProperty.call(message, "holderPeerId") && message.holderPeerId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.holderPeerId);
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && (typeof message.updatedAt === "object" ? message.updatedAt.low || message.updatedAt.high : message.updatedAt !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.updatedAt);
                    if (message.holderKey != null && $Object.hasOwnProperty.call(message, "holderKey") && message.holderKey.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.holderKey);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RecordLocator message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.records.v1.RecordLocator
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.records.v1.RecordLocator & medmesh.records.v1.RecordLocator.$Shape} RecordLocator
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RecordLocator.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.records.v1.RecordLocator();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.locatorKey = value;
                                else
                                    delete message.locatorKey;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.holderOrg = value;
                                else
                                    delete message.holderOrg;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.holderPeerId = value;
                                else
                                    delete message.holderPeerId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.updatedAt = value;
                                else
                                    delete message.updatedAt;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.holderKey = value;
                                else
                                    delete message.holderKey;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for RecordLocator
                 * @function getTypeUrl
                 * @memberof medmesh.records.v1.RecordLocator
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RecordLocator.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.records.v1.RecordLocator";
                };

                return RecordLocator;
            })();

            return v1;
        })();

        return records;
    })();

    medmesh.tx = (function() {

        /**
         * Namespace tx.
         * @memberof medmesh
         * @namespace
         */
        const tx = {};

        tx.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof medmesh.tx
             * @namespace
             */
            const v1 = {};

            v1.TxEnvelope = (function() {

                /**
                 * Properties of a TxEnvelope.
                 * @typedef {Object} medmesh.tx.v1.TxEnvelope.$Properties
                 * @property {medmesh.common.v1.PublicKey.$Properties|null} [signer] TxEnvelope signer
                 * @property {number|null} [nonce] TxEnvelope nonce
                 * @property {number|null} [expiryHeight] TxEnvelope expiryHeight
                 * @property {medmesh.tx.v1.MemberPropose.$Properties|null} [memberPropose] TxEnvelope memberPropose
                 * @property {medmesh.tx.v1.MemberVote.$Properties|null} [memberVote] TxEnvelope memberVote
                 * @property {medmesh.tx.v1.MemberRemove.$Properties|null} [memberRemove] TxEnvelope memberRemove
                 * @property {medmesh.tx.v1.MemberRotateKey.$Properties|null} [memberRotateKey] TxEnvelope memberRotateKey
                 * @property {medmesh.tx.v1.ParamsChange.$Properties|null} [paramsChange] TxEnvelope paramsChange
                 * @property {medmesh.tx.v1.CredentialRevoke.$Properties|null} [credentialRevoke] TxEnvelope credentialRevoke
                 * @property {medmesh.tx.v1.PatientLink.$Properties|null} [patientLink] TxEnvelope patientLink
                 * @property {medmesh.tx.v1.ConsentGrant.$Properties|null} [consentGrant] TxEnvelope consentGrant
                 * @property {medmesh.tx.v1.ConsentRevoke.$Properties|null} [consentRevoke] TxEnvelope consentRevoke
                 * @property {medmesh.tx.v1.AccessEvent.$Properties|null} [accessEvent] TxEnvelope accessEvent
                 * @property {medmesh.tx.v1.ProvenanceNote.$Properties|null} [provenanceNote] TxEnvelope provenanceNote
                 * @property {medmesh.tx.v1.TrainingJobPropose.$Properties|null} [trainingJobPropose] TxEnvelope trainingJobPropose
                 * @property {medmesh.tx.v1.TrainingJobApprove.$Properties|null} [trainingJobApprove] TxEnvelope trainingJobApprove
                 * @property {medmesh.tx.v1.TrainingRoster.$Properties|null} [trainingRoster] TxEnvelope trainingRoster
                 * @property {medmesh.tx.v1.TrainingRound.$Properties|null} [trainingRound] TxEnvelope trainingRound
                 * @property {medmesh.tx.v1.TrainingComplete.$Properties|null} [trainingComplete] TxEnvelope trainingComplete
                 * @property {medmesh.tx.v1.DuplicateVoteEvidence.$Properties|null} [duplicateVoteEvidence] TxEnvelope duplicateVoteEvidence
                 * @property {medmesh.common.v1.WebAuthnAssertion.$Properties|null} [webauthn] TxEnvelope webauthn
                 * @property {Uint8Array|null} [signature] TxEnvelope signature
                 * @property {"memberPropose"|"memberVote"|"memberRemove"|"memberRotateKey"|"paramsChange"|"credentialRevoke"|"patientLink"|"consentGrant"|"consentRevoke"|"accessEvent"|"provenanceNote"|"trainingJobPropose"|"trainingJobApprove"|"trainingRoster"|"trainingRound"|"trainingComplete"|"duplicateVoteEvidence"} [body] TxEnvelope body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TxEnvelope.
                 * @memberof medmesh.tx.v1
                 * @interface ITxEnvelope
                 * @augments medmesh.tx.v1.TxEnvelope.$Properties
                 * @deprecated Use medmesh.tx.v1.TxEnvelope.$Properties instead.
                 */

                /**
                 * Narrowed shape of a TxEnvelope.
                 * @typedef {{
                 *   signer?: medmesh.common.v1.PublicKey.$Shape|null;
                 *   nonce?: number|null;
                 *   expiryHeight?: number|null;
                 *   memberPropose?: medmesh.tx.v1.MemberPropose.$Shape|null;
                 *   memberVote?: medmesh.tx.v1.MemberVote.$Shape|null;
                 *   memberRemove?: medmesh.tx.v1.MemberRemove.$Shape|null;
                 *   memberRotateKey?: medmesh.tx.v1.MemberRotateKey.$Shape|null;
                 *   paramsChange?: medmesh.tx.v1.ParamsChange.$Shape|null;
                 *   credentialRevoke?: medmesh.tx.v1.CredentialRevoke.$Shape|null;
                 *   patientLink?: medmesh.tx.v1.PatientLink.$Shape|null;
                 *   consentGrant?: medmesh.tx.v1.ConsentGrant.$Shape|null;
                 *   consentRevoke?: medmesh.tx.v1.ConsentRevoke.$Shape|null;
                 *   accessEvent?: medmesh.tx.v1.AccessEvent.$Shape|null;
                 *   provenanceNote?: medmesh.tx.v1.ProvenanceNote.$Shape|null;
                 *   trainingJobPropose?: medmesh.tx.v1.TrainingJobPropose.$Shape|null;
                 *   trainingJobApprove?: medmesh.tx.v1.TrainingJobApprove.$Shape|null;
                 *   trainingRoster?: medmesh.tx.v1.TrainingRoster.$Shape|null;
                 *   trainingRound?: medmesh.tx.v1.TrainingRound.$Shape|null;
                 *   trainingComplete?: medmesh.tx.v1.TrainingComplete.$Shape|null;
                 *   duplicateVoteEvidence?: medmesh.tx.v1.DuplicateVoteEvidence.$Shape|null;
                 *   webauthn?: medmesh.common.v1.WebAuthnAssertion.$Shape|null;
                 *   signature?: Uint8Array|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "memberPropose"; memberPropose: medmesh.tx.v1.MemberPropose.$Shape; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "memberVote"; memberPropose?: null; memberVote: medmesh.tx.v1.MemberVote.$Shape; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "memberRemove"; memberPropose?: null; memberVote?: null; memberRemove: medmesh.tx.v1.MemberRemove.$Shape; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "memberRotateKey"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey: medmesh.tx.v1.MemberRotateKey.$Shape; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "paramsChange"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange: medmesh.tx.v1.ParamsChange.$Shape; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "credentialRevoke"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke: medmesh.tx.v1.CredentialRevoke.$Shape; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "patientLink"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink: medmesh.tx.v1.PatientLink.$Shape; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "consentGrant"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant: medmesh.tx.v1.ConsentGrant.$Shape; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "consentRevoke"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke: medmesh.tx.v1.ConsentRevoke.$Shape; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "accessEvent"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent: medmesh.tx.v1.AccessEvent.$Shape; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "provenanceNote"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote: medmesh.tx.v1.ProvenanceNote.$Shape; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "trainingJobPropose"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose: medmesh.tx.v1.TrainingJobPropose.$Shape; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "trainingJobApprove"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove: medmesh.tx.v1.TrainingJobApprove.$Shape; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "trainingRoster"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster: medmesh.tx.v1.TrainingRoster.$Shape; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "trainingRound"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound: medmesh.tx.v1.TrainingRound.$Shape; trainingComplete?: null; duplicateVoteEvidence?: null }|{ body?: "trainingComplete"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete: medmesh.tx.v1.TrainingComplete.$Shape; duplicateVoteEvidence?: null }|{ body?: "duplicateVoteEvidence"; memberPropose?: null; memberVote?: null; memberRemove?: null; memberRotateKey?: null; paramsChange?: null; credentialRevoke?: null; patientLink?: null; consentGrant?: null; consentRevoke?: null; accessEvent?: null; provenanceNote?: null; trainingJobPropose?: null; trainingJobApprove?: null; trainingRoster?: null; trainingRound?: null; trainingComplete?: null; duplicateVoteEvidence: medmesh.tx.v1.DuplicateVoteEvidence.$Shape })
                 * )} medmesh.tx.v1.TxEnvelope.$Shape
                 */

                /**
                 * Constructs a new TxEnvelope.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a TxEnvelope.
                 * @constructor
                 * @param {medmesh.tx.v1.TxEnvelope.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TxEnvelope = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TxEnvelope signer.
                 * @member {medmesh.common.v1.PublicKey.$Properties|null|undefined} signer
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.signer = null;

                /**
                 * TxEnvelope nonce.
                 * @member {number} nonce
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TxEnvelope expiryHeight.
                 * @member {number} expiryHeight
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.expiryHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TxEnvelope memberPropose.
                 * @member {medmesh.tx.v1.MemberPropose.$Properties|null|undefined} memberPropose
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.memberPropose = null;

                /**
                 * TxEnvelope memberVote.
                 * @member {medmesh.tx.v1.MemberVote.$Properties|null|undefined} memberVote
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.memberVote = null;

                /**
                 * TxEnvelope memberRemove.
                 * @member {medmesh.tx.v1.MemberRemove.$Properties|null|undefined} memberRemove
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.memberRemove = null;

                /**
                 * TxEnvelope memberRotateKey.
                 * @member {medmesh.tx.v1.MemberRotateKey.$Properties|null|undefined} memberRotateKey
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.memberRotateKey = null;

                /**
                 * TxEnvelope paramsChange.
                 * @member {medmesh.tx.v1.ParamsChange.$Properties|null|undefined} paramsChange
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.paramsChange = null;

                /**
                 * TxEnvelope credentialRevoke.
                 * @member {medmesh.tx.v1.CredentialRevoke.$Properties|null|undefined} credentialRevoke
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.credentialRevoke = null;

                /**
                 * TxEnvelope patientLink.
                 * @member {medmesh.tx.v1.PatientLink.$Properties|null|undefined} patientLink
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.patientLink = null;

                /**
                 * TxEnvelope consentGrant.
                 * @member {medmesh.tx.v1.ConsentGrant.$Properties|null|undefined} consentGrant
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.consentGrant = null;

                /**
                 * TxEnvelope consentRevoke.
                 * @member {medmesh.tx.v1.ConsentRevoke.$Properties|null|undefined} consentRevoke
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.consentRevoke = null;

                /**
                 * TxEnvelope accessEvent.
                 * @member {medmesh.tx.v1.AccessEvent.$Properties|null|undefined} accessEvent
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.accessEvent = null;

                /**
                 * TxEnvelope provenanceNote.
                 * @member {medmesh.tx.v1.ProvenanceNote.$Properties|null|undefined} provenanceNote
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.provenanceNote = null;

                /**
                 * TxEnvelope trainingJobPropose.
                 * @member {medmesh.tx.v1.TrainingJobPropose.$Properties|null|undefined} trainingJobPropose
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.trainingJobPropose = null;

                /**
                 * TxEnvelope trainingJobApprove.
                 * @member {medmesh.tx.v1.TrainingJobApprove.$Properties|null|undefined} trainingJobApprove
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.trainingJobApprove = null;

                /**
                 * TxEnvelope trainingRoster.
                 * @member {medmesh.tx.v1.TrainingRoster.$Properties|null|undefined} trainingRoster
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.trainingRoster = null;

                /**
                 * TxEnvelope trainingRound.
                 * @member {medmesh.tx.v1.TrainingRound.$Properties|null|undefined} trainingRound
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.trainingRound = null;

                /**
                 * TxEnvelope trainingComplete.
                 * @member {medmesh.tx.v1.TrainingComplete.$Properties|null|undefined} trainingComplete
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.trainingComplete = null;

                /**
                 * TxEnvelope duplicateVoteEvidence.
                 * @member {medmesh.tx.v1.DuplicateVoteEvidence.$Properties|null|undefined} duplicateVoteEvidence
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.duplicateVoteEvidence = null;

                /**
                 * TxEnvelope webauthn.
                 * @member {medmesh.common.v1.WebAuthnAssertion.$Properties|null|undefined} webauthn
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.webauthn = null;

                /**
                 * TxEnvelope signature.
                 * @member {Uint8Array} signature
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                TxEnvelope.prototype.signature = $util.newBuffer([]);

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * TxEnvelope body.
                 * @member {"memberPropose"|"memberVote"|"memberRemove"|"memberRotateKey"|"paramsChange"|"credentialRevoke"|"patientLink"|"consentGrant"|"consentRevoke"|"accessEvent"|"provenanceNote"|"trainingJobPropose"|"trainingJobApprove"|"trainingRoster"|"trainingRound"|"trainingComplete"|"duplicateVoteEvidence"|undefined} body
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @instance
                 */
                $Object.defineProperty(TxEnvelope.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["memberPropose", "memberVote", "memberRemove", "memberRotateKey", "paramsChange", "credentialRevoke", "patientLink", "consentGrant", "consentRevoke", "accessEvent", "provenanceNote", "trainingJobPropose", "trainingJobApprove", "trainingRoster", "trainingRound", "trainingComplete", "duplicateVoteEvidence"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new TxEnvelope instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @static
                 * @param {medmesh.tx.v1.TxEnvelope.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.TxEnvelope} TxEnvelope instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.TxEnvelope.$Shape): medmesh.tx.v1.TxEnvelope & medmesh.tx.v1.TxEnvelope.$Shape;
                 *   (properties?: medmesh.tx.v1.TxEnvelope.$Properties): medmesh.tx.v1.TxEnvelope;
                 * }}
                 */
                TxEnvelope.create = function(properties) {
                    return new TxEnvelope(properties);
                };

                /**
                 * Encodes the specified TxEnvelope message. Does not implicitly {@link medmesh.tx.v1.TxEnvelope.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @static
                 * @param {medmesh.tx.v1.TxEnvelope.$Properties} message TxEnvelope message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TxEnvelope.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.signer != null && $Object.hasOwnProperty.call(message, "signer"))
                        $root.medmesh.common.v1.PublicKey.encode(message.signer, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && (typeof message.nonce === "object" ? message.nonce.low || message.nonce.high : message.nonce !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.nonce);
                    if (message.expiryHeight != null && $Object.hasOwnProperty.call(message, "expiryHeight") && (typeof message.expiryHeight === "object" ? message.expiryHeight.low || message.expiryHeight.high : message.expiryHeight !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.expiryHeight);
                    if (message.memberPropose != null && $Object.hasOwnProperty.call(message, "memberPropose"))
                        $root.medmesh.tx.v1.MemberPropose.encode(message.memberPropose, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.memberVote != null && $Object.hasOwnProperty.call(message, "memberVote"))
                        $root.medmesh.tx.v1.MemberVote.encode(message.memberVote, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.memberRemove != null && $Object.hasOwnProperty.call(message, "memberRemove"))
                        $root.medmesh.tx.v1.MemberRemove.encode(message.memberRemove, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.memberRotateKey != null && $Object.hasOwnProperty.call(message, "memberRotateKey"))
                        $root.medmesh.tx.v1.MemberRotateKey.encode(message.memberRotateKey, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.paramsChange != null && $Object.hasOwnProperty.call(message, "paramsChange"))
                        $root.medmesh.tx.v1.ParamsChange.encode(message.paramsChange, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                    if (message.credentialRevoke != null && $Object.hasOwnProperty.call(message, "credentialRevoke"))
                        $root.medmesh.tx.v1.CredentialRevoke.encode(message.credentialRevoke, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                    if (message.patientLink != null && $Object.hasOwnProperty.call(message, "patientLink"))
                        $root.medmesh.tx.v1.PatientLink.encode(message.patientLink, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                    if (message.consentGrant != null && $Object.hasOwnProperty.call(message, "consentGrant"))
                        $root.medmesh.tx.v1.ConsentGrant.encode(message.consentGrant, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                    if (message.consentRevoke != null && $Object.hasOwnProperty.call(message, "consentRevoke"))
                        $root.medmesh.tx.v1.ConsentRevoke.encode(message.consentRevoke, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                    if (message.accessEvent != null && $Object.hasOwnProperty.call(message, "accessEvent"))
                        $root.medmesh.tx.v1.AccessEvent.encode(message.accessEvent, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                    if (message.provenanceNote != null && $Object.hasOwnProperty.call(message, "provenanceNote"))
                        $root.medmesh.tx.v1.ProvenanceNote.encode(message.provenanceNote, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                    if (message.trainingJobPropose != null && $Object.hasOwnProperty.call(message, "trainingJobPropose"))
                        $root.medmesh.tx.v1.TrainingJobPropose.encode(message.trainingJobPropose, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                    if (message.trainingJobApprove != null && $Object.hasOwnProperty.call(message, "trainingJobApprove"))
                        $root.medmesh.tx.v1.TrainingJobApprove.encode(message.trainingJobApprove, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                    if (message.trainingRoster != null && $Object.hasOwnProperty.call(message, "trainingRoster"))
                        $root.medmesh.tx.v1.TrainingRoster.encode(message.trainingRoster, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                    if (message.trainingRound != null && $Object.hasOwnProperty.call(message, "trainingRound"))
                        $root.medmesh.tx.v1.TrainingRound.encode(message.trainingRound, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                    if (message.trainingComplete != null && $Object.hasOwnProperty.call(message, "trainingComplete"))
                        $root.medmesh.tx.v1.TrainingComplete.encode(message.trainingComplete, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                    if (message.duplicateVoteEvidence != null && $Object.hasOwnProperty.call(message, "duplicateVoteEvidence"))
                        $root.medmesh.tx.v1.DuplicateVoteEvidence.encode(message.duplicateVoteEvidence, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
                    if (message.webauthn != null && $Object.hasOwnProperty.call(message, "webauthn"))
                        $root.medmesh.common.v1.WebAuthnAssertion.encode(message.webauthn, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 31, wireType 2 =*/250).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TxEnvelope message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.TxEnvelope & medmesh.tx.v1.TxEnvelope.$Shape} TxEnvelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TxEnvelope.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.TxEnvelope();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.signer = $root.medmesh.common.v1.PublicKey.decode(reader, reader.size(), $undefined, _depth + 1, message.signer);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.nonce = value;
                                else
                                    delete message.nonce;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.expiryHeight = value;
                                else
                                    delete message.expiryHeight;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.memberPropose = $root.medmesh.tx.v1.MemberPropose.decode(reader, reader.size(), $undefined, _depth + 1, message.memberPropose);
                                message.body = "memberPropose";
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.memberVote = $root.medmesh.tx.v1.MemberVote.decode(reader, reader.size(), $undefined, _depth + 1, message.memberVote);
                                message.body = "memberVote";
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                message.memberRemove = $root.medmesh.tx.v1.MemberRemove.decode(reader, reader.size(), $undefined, _depth + 1, message.memberRemove);
                                message.body = "memberRemove";
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                message.memberRotateKey = $root.medmesh.tx.v1.MemberRotateKey.decode(reader, reader.size(), $undefined, _depth + 1, message.memberRotateKey);
                                message.body = "memberRotateKey";
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                message.paramsChange = $root.medmesh.tx.v1.ParamsChange.decode(reader, reader.size(), $undefined, _depth + 1, message.paramsChange);
                                message.body = "paramsChange";
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                message.credentialRevoke = $root.medmesh.tx.v1.CredentialRevoke.decode(reader, reader.size(), $undefined, _depth + 1, message.credentialRevoke);
                                message.body = "credentialRevoke";
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                message.patientLink = $root.medmesh.tx.v1.PatientLink.decode(reader, reader.size(), $undefined, _depth + 1, message.patientLink);
                                message.body = "patientLink";
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                message.consentGrant = $root.medmesh.tx.v1.ConsentGrant.decode(reader, reader.size(), $undefined, _depth + 1, message.consentGrant);
                                message.body = "consentGrant";
                                continue;
                            }
                        case 18: {
                                if (wireType !== 2)
                                    break;
                                message.consentRevoke = $root.medmesh.tx.v1.ConsentRevoke.decode(reader, reader.size(), $undefined, _depth + 1, message.consentRevoke);
                                message.body = "consentRevoke";
                                continue;
                            }
                        case 19: {
                                if (wireType !== 2)
                                    break;
                                message.accessEvent = $root.medmesh.tx.v1.AccessEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.accessEvent);
                                message.body = "accessEvent";
                                continue;
                            }
                        case 20: {
                                if (wireType !== 2)
                                    break;
                                message.provenanceNote = $root.medmesh.tx.v1.ProvenanceNote.decode(reader, reader.size(), $undefined, _depth + 1, message.provenanceNote);
                                message.body = "provenanceNote";
                                continue;
                            }
                        case 21: {
                                if (wireType !== 2)
                                    break;
                                message.trainingJobPropose = $root.medmesh.tx.v1.TrainingJobPropose.decode(reader, reader.size(), $undefined, _depth + 1, message.trainingJobPropose);
                                message.body = "trainingJobPropose";
                                continue;
                            }
                        case 22: {
                                if (wireType !== 2)
                                    break;
                                message.trainingJobApprove = $root.medmesh.tx.v1.TrainingJobApprove.decode(reader, reader.size(), $undefined, _depth + 1, message.trainingJobApprove);
                                message.body = "trainingJobApprove";
                                continue;
                            }
                        case 23: {
                                if (wireType !== 2)
                                    break;
                                message.trainingRoster = $root.medmesh.tx.v1.TrainingRoster.decode(reader, reader.size(), $undefined, _depth + 1, message.trainingRoster);
                                message.body = "trainingRoster";
                                continue;
                            }
                        case 24: {
                                if (wireType !== 2)
                                    break;
                                message.trainingRound = $root.medmesh.tx.v1.TrainingRound.decode(reader, reader.size(), $undefined, _depth + 1, message.trainingRound);
                                message.body = "trainingRound";
                                continue;
                            }
                        case 25: {
                                if (wireType !== 2)
                                    break;
                                message.trainingComplete = $root.medmesh.tx.v1.TrainingComplete.decode(reader, reader.size(), $undefined, _depth + 1, message.trainingComplete);
                                message.body = "trainingComplete";
                                continue;
                            }
                        case 26: {
                                if (wireType !== 2)
                                    break;
                                message.duplicateVoteEvidence = $root.medmesh.tx.v1.DuplicateVoteEvidence.decode(reader, reader.size(), $undefined, _depth + 1, message.duplicateVoteEvidence);
                                message.body = "duplicateVoteEvidence";
                                continue;
                            }
                        case 30: {
                                if (wireType !== 2)
                                    break;
                                message.webauthn = $root.medmesh.common.v1.WebAuthnAssertion.decode(reader, reader.size(), $undefined, _depth + 1, message.webauthn);
                                continue;
                            }
                        case 31: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for TxEnvelope
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.TxEnvelope
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TxEnvelope.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.TxEnvelope";
                };

                return TxEnvelope;
            })();

            v1.Member = (function() {

                /**
                 * Properties of a Member.
                 * @typedef {Object} medmesh.tx.v1.Member.$Properties
                 * @property {string|null} [org] Member org
                 * @property {string|null} [name] Member name
                 * @property {string|null} [country] Member country
                 * @property {Uint8Array|null} [nodeKey] Member nodeKey
                 * @property {string|null} [peerId] Member peerId
                 * @property {Array.<string>|null} [addresses] Member addresses
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Member.
                 * @memberof medmesh.tx.v1
                 * @interface IMember
                 * @augments medmesh.tx.v1.Member.$Properties
                 * @deprecated Use medmesh.tx.v1.Member.$Properties instead.
                 */

                /**
                 * Shape of a Member.
                 * @typedef {medmesh.tx.v1.Member.$Properties} medmesh.tx.v1.Member.$Shape
                 */

                /**
                 * Constructs a new Member.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a Member.
                 * @constructor
                 * @param {medmesh.tx.v1.Member.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Member = function (properties) {
                    this.addresses = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Member org.
                 * @member {string} org
                 * @memberof medmesh.tx.v1.Member
                 * @instance
                 */
                Member.prototype.org = "";

                /**
                 * Member name.
                 * @member {string} name
                 * @memberof medmesh.tx.v1.Member
                 * @instance
                 */
                Member.prototype.name = "";

                /**
                 * Member country.
                 * @member {string} country
                 * @memberof medmesh.tx.v1.Member
                 * @instance
                 */
                Member.prototype.country = "";

                /**
                 * Member nodeKey.
                 * @member {Uint8Array} nodeKey
                 * @memberof medmesh.tx.v1.Member
                 * @instance
                 */
                Member.prototype.nodeKey = $util.newBuffer([]);

                /**
                 * Member peerId.
                 * @member {string} peerId
                 * @memberof medmesh.tx.v1.Member
                 * @instance
                 */
                Member.prototype.peerId = "";

                /**
                 * Member addresses.
                 * @member {Array.<string>} addresses
                 * @memberof medmesh.tx.v1.Member
                 * @instance
                 */
                Member.prototype.addresses = $util.emptyArray;

                /**
                 * Creates a new Member instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.Member
                 * @static
                 * @param {medmesh.tx.v1.Member.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.Member} Member instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.Member.$Shape): medmesh.tx.v1.Member & medmesh.tx.v1.Member.$Shape;
                 *   (properties?: medmesh.tx.v1.Member.$Properties): medmesh.tx.v1.Member;
                 * }}
                 */
                Member.create = function(properties) {
                    return new Member(properties);
                };

                /**
                 * Encodes the specified Member message. Does not implicitly {@link medmesh.tx.v1.Member.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.Member
                 * @static
                 * @param {medmesh.tx.v1.Member.$Properties} message Member message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Member.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.org != null && $Object.hasOwnProperty.call(message, "org") && message.org !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.org);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country") && message.country !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.country);
                    if (message.nodeKey != null && $Object.hasOwnProperty.call(message, "nodeKey") && message.nodeKey.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.nodeKey);
                    if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.peerId);
                    if (message.addresses != null && message.addresses.length)
                        for (let i = 0; i < message.addresses.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.addresses[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Member message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.Member
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.Member & medmesh.tx.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Member.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.Member();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.org = value;
                                else
                                    delete message.org;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.country = value;
                                else
                                    delete message.country;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.nodeKey = value;
                                else
                                    delete message.nodeKey;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.peerId = value;
                                else
                                    delete message.peerId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.addresses && message.addresses.length))
                                    message.addresses = [];
                                message.addresses.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Member
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.Member
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Member.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.Member";
                };

                return Member;
            })();

            v1.MemberPropose = (function() {

                /**
                 * Properties of a MemberPropose.
                 * @typedef {Object} medmesh.tx.v1.MemberPropose.$Properties
                 * @property {medmesh.tx.v1.Member.$Properties|null} [member] MemberPropose member
                 * @property {number|null} [effectiveHeight] MemberPropose effectiveHeight
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MemberPropose.
                 * @memberof medmesh.tx.v1
                 * @interface IMemberPropose
                 * @augments medmesh.tx.v1.MemberPropose.$Properties
                 * @deprecated Use medmesh.tx.v1.MemberPropose.$Properties instead.
                 */

                /**
                 * Shape of a MemberPropose.
                 * @typedef {medmesh.tx.v1.MemberPropose.$Properties} medmesh.tx.v1.MemberPropose.$Shape
                 */

                /**
                 * Constructs a new MemberPropose.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a MemberPropose.
                 * @constructor
                 * @param {medmesh.tx.v1.MemberPropose.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MemberPropose = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MemberPropose member.
                 * @member {medmesh.tx.v1.Member.$Properties|null|undefined} member
                 * @memberof medmesh.tx.v1.MemberPropose
                 * @instance
                 */
                MemberPropose.prototype.member = null;

                /**
                 * MemberPropose effectiveHeight.
                 * @member {number} effectiveHeight
                 * @memberof medmesh.tx.v1.MemberPropose
                 * @instance
                 */
                MemberPropose.prototype.effectiveHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MemberPropose instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.MemberPropose
                 * @static
                 * @param {medmesh.tx.v1.MemberPropose.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.MemberPropose} MemberPropose instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.MemberPropose.$Shape): medmesh.tx.v1.MemberPropose & medmesh.tx.v1.MemberPropose.$Shape;
                 *   (properties?: medmesh.tx.v1.MemberPropose.$Properties): medmesh.tx.v1.MemberPropose;
                 * }}
                 */
                MemberPropose.create = function(properties) {
                    return new MemberPropose(properties);
                };

                /**
                 * Encodes the specified MemberPropose message. Does not implicitly {@link medmesh.tx.v1.MemberPropose.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.MemberPropose
                 * @static
                 * @param {medmesh.tx.v1.MemberPropose.$Properties} message MemberPropose message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MemberPropose.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.member != null && $Object.hasOwnProperty.call(message, "member"))
                        $root.medmesh.tx.v1.Member.encode(message.member, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.effectiveHeight != null && $Object.hasOwnProperty.call(message, "effectiveHeight") && (typeof message.effectiveHeight === "object" ? message.effectiveHeight.low || message.effectiveHeight.high : message.effectiveHeight !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.effectiveHeight);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MemberPropose message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.MemberPropose
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.MemberPropose & medmesh.tx.v1.MemberPropose.$Shape} MemberPropose
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MemberPropose.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.MemberPropose();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.member = $root.medmesh.tx.v1.Member.decode(reader, reader.size(), $undefined, _depth + 1, message.member);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.effectiveHeight = value;
                                else
                                    delete message.effectiveHeight;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for MemberPropose
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.MemberPropose
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MemberPropose.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.MemberPropose";
                };

                return MemberPropose;
            })();

            v1.MemberRemove = (function() {

                /**
                 * Properties of a MemberRemove.
                 * @typedef {Object} medmesh.tx.v1.MemberRemove.$Properties
                 * @property {string|null} [org] MemberRemove org
                 * @property {string|null} [reason] MemberRemove reason
                 * @property {number|null} [effectiveHeight] MemberRemove effectiveHeight
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MemberRemove.
                 * @memberof medmesh.tx.v1
                 * @interface IMemberRemove
                 * @augments medmesh.tx.v1.MemberRemove.$Properties
                 * @deprecated Use medmesh.tx.v1.MemberRemove.$Properties instead.
                 */

                /**
                 * Shape of a MemberRemove.
                 * @typedef {medmesh.tx.v1.MemberRemove.$Properties} medmesh.tx.v1.MemberRemove.$Shape
                 */

                /**
                 * Constructs a new MemberRemove.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a MemberRemove.
                 * @constructor
                 * @param {medmesh.tx.v1.MemberRemove.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MemberRemove = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MemberRemove org.
                 * @member {string} org
                 * @memberof medmesh.tx.v1.MemberRemove
                 * @instance
                 */
                MemberRemove.prototype.org = "";

                /**
                 * MemberRemove reason.
                 * @member {string} reason
                 * @memberof medmesh.tx.v1.MemberRemove
                 * @instance
                 */
                MemberRemove.prototype.reason = "";

                /**
                 * MemberRemove effectiveHeight.
                 * @member {number} effectiveHeight
                 * @memberof medmesh.tx.v1.MemberRemove
                 * @instance
                 */
                MemberRemove.prototype.effectiveHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MemberRemove instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.MemberRemove
                 * @static
                 * @param {medmesh.tx.v1.MemberRemove.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.MemberRemove} MemberRemove instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.MemberRemove.$Shape): medmesh.tx.v1.MemberRemove & medmesh.tx.v1.MemberRemove.$Shape;
                 *   (properties?: medmesh.tx.v1.MemberRemove.$Properties): medmesh.tx.v1.MemberRemove;
                 * }}
                 */
                MemberRemove.create = function(properties) {
                    return new MemberRemove(properties);
                };

                /**
                 * Encodes the specified MemberRemove message. Does not implicitly {@link medmesh.tx.v1.MemberRemove.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.MemberRemove
                 * @static
                 * @param {medmesh.tx.v1.MemberRemove.$Properties} message MemberRemove message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MemberRemove.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.org != null && $Object.hasOwnProperty.call(message, "org") && message.org !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.org);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                    if (message.effectiveHeight != null && $Object.hasOwnProperty.call(message, "effectiveHeight") && (typeof message.effectiveHeight === "object" ? message.effectiveHeight.low || message.effectiveHeight.high : message.effectiveHeight !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.effectiveHeight);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MemberRemove message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.MemberRemove
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.MemberRemove & medmesh.tx.v1.MemberRemove.$Shape} MemberRemove
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MemberRemove.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.MemberRemove();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.org = value;
                                else
                                    delete message.org;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.effectiveHeight = value;
                                else
                                    delete message.effectiveHeight;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for MemberRemove
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.MemberRemove
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MemberRemove.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.MemberRemove";
                };

                return MemberRemove;
            })();

            v1.MemberRotateKey = (function() {

                /**
                 * Properties of a MemberRotateKey.
                 * @typedef {Object} medmesh.tx.v1.MemberRotateKey.$Properties
                 * @property {string|null} [org] MemberRotateKey org
                 * @property {Uint8Array|null} [newNodeKey] MemberRotateKey newNodeKey
                 * @property {string|null} [newPeerId] MemberRotateKey newPeerId
                 * @property {number|null} [effectiveHeight] MemberRotateKey effectiveHeight
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MemberRotateKey.
                 * @memberof medmesh.tx.v1
                 * @interface IMemberRotateKey
                 * @augments medmesh.tx.v1.MemberRotateKey.$Properties
                 * @deprecated Use medmesh.tx.v1.MemberRotateKey.$Properties instead.
                 */

                /**
                 * Shape of a MemberRotateKey.
                 * @typedef {medmesh.tx.v1.MemberRotateKey.$Properties} medmesh.tx.v1.MemberRotateKey.$Shape
                 */

                /**
                 * Constructs a new MemberRotateKey.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a MemberRotateKey.
                 * @constructor
                 * @param {medmesh.tx.v1.MemberRotateKey.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MemberRotateKey = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MemberRotateKey org.
                 * @member {string} org
                 * @memberof medmesh.tx.v1.MemberRotateKey
                 * @instance
                 */
                MemberRotateKey.prototype.org = "";

                /**
                 * MemberRotateKey newNodeKey.
                 * @member {Uint8Array} newNodeKey
                 * @memberof medmesh.tx.v1.MemberRotateKey
                 * @instance
                 */
                MemberRotateKey.prototype.newNodeKey = $util.newBuffer([]);

                /**
                 * MemberRotateKey newPeerId.
                 * @member {string} newPeerId
                 * @memberof medmesh.tx.v1.MemberRotateKey
                 * @instance
                 */
                MemberRotateKey.prototype.newPeerId = "";

                /**
                 * MemberRotateKey effectiveHeight.
                 * @member {number} effectiveHeight
                 * @memberof medmesh.tx.v1.MemberRotateKey
                 * @instance
                 */
                MemberRotateKey.prototype.effectiveHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MemberRotateKey instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.MemberRotateKey
                 * @static
                 * @param {medmesh.tx.v1.MemberRotateKey.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.MemberRotateKey} MemberRotateKey instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.MemberRotateKey.$Shape): medmesh.tx.v1.MemberRotateKey & medmesh.tx.v1.MemberRotateKey.$Shape;
                 *   (properties?: medmesh.tx.v1.MemberRotateKey.$Properties): medmesh.tx.v1.MemberRotateKey;
                 * }}
                 */
                MemberRotateKey.create = function(properties) {
                    return new MemberRotateKey(properties);
                };

                /**
                 * Encodes the specified MemberRotateKey message. Does not implicitly {@link medmesh.tx.v1.MemberRotateKey.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.MemberRotateKey
                 * @static
                 * @param {medmesh.tx.v1.MemberRotateKey.$Properties} message MemberRotateKey message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MemberRotateKey.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.org != null && $Object.hasOwnProperty.call(message, "org") && message.org !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.org);
                    if (message.newNodeKey != null && $Object.hasOwnProperty.call(message, "newNodeKey") && message.newNodeKey.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.newNodeKey);
                    if (message.newPeerId != null && $Object.hasOwnProperty.call(message, "newPeerId") && message.newPeerId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.newPeerId);
                    if (message.effectiveHeight != null && $Object.hasOwnProperty.call(message, "effectiveHeight") && (typeof message.effectiveHeight === "object" ? message.effectiveHeight.low || message.effectiveHeight.high : message.effectiveHeight !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.effectiveHeight);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MemberRotateKey message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.MemberRotateKey
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.MemberRotateKey & medmesh.tx.v1.MemberRotateKey.$Shape} MemberRotateKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MemberRotateKey.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.MemberRotateKey();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.org = value;
                                else
                                    delete message.org;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.newNodeKey = value;
                                else
                                    delete message.newNodeKey;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.newPeerId = value;
                                else
                                    delete message.newPeerId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.effectiveHeight = value;
                                else
                                    delete message.effectiveHeight;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for MemberRotateKey
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.MemberRotateKey
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MemberRotateKey.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.MemberRotateKey";
                };

                return MemberRotateKey;
            })();

            v1.ConsortiumParams = (function() {

                /**
                 * Properties of a ConsortiumParams.
                 * @typedef {Object} medmesh.tx.v1.ConsortiumParams.$Properties
                 * @property {number|null} [timeoutProposeMs] ConsortiumParams timeoutProposeMs
                 * @property {number|null} [timeoutProposeDeltaMs] ConsortiumParams timeoutProposeDeltaMs
                 * @property {number|null} [timeoutPrevoteMs] ConsortiumParams timeoutPrevoteMs
                 * @property {number|null} [timeoutPrevoteDeltaMs] ConsortiumParams timeoutPrevoteDeltaMs
                 * @property {number|null} [timeoutPrecommitMs] ConsortiumParams timeoutPrecommitMs
                 * @property {number|null} [timeoutPrecommitDeltaMs] ConsortiumParams timeoutPrecommitDeltaMs
                 * @property {number|null} [timeoutCommitMs] ConsortiumParams timeoutCommitMs
                 * @property {number|null} [maxBlockTxs] ConsortiumParams maxBlockTxs
                 * @property {number|null} [maxBlockBytes] ConsortiumParams maxBlockBytes
                 * @property {number|null} [maxTxBytes] ConsortiumParams maxTxBytes
                 * @property {number|null} [requestFreshnessMs] ConsortiumParams requestFreshnessMs
                 * @property {number|null} [validatorChangeDelay] ConsortiumParams validatorChangeDelay
                 * @property {number|null} [emptyBlockIntervalMs] ConsortiumParams emptyBlockIntervalMs
                 * @property {string|null} [webauthnRpId] ConsortiumParams webauthnRpId
                 * @property {Array.<string>|null} [webauthnOrigins] ConsortiumParams webauthnOrigins
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConsortiumParams.
                 * @memberof medmesh.tx.v1
                 * @interface IConsortiumParams
                 * @augments medmesh.tx.v1.ConsortiumParams.$Properties
                 * @deprecated Use medmesh.tx.v1.ConsortiumParams.$Properties instead.
                 */

                /**
                 * Shape of a ConsortiumParams.
                 * @typedef {medmesh.tx.v1.ConsortiumParams.$Properties} medmesh.tx.v1.ConsortiumParams.$Shape
                 */

                /**
                 * Constructs a new ConsortiumParams.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a ConsortiumParams.
                 * @constructor
                 * @param {medmesh.tx.v1.ConsortiumParams.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConsortiumParams = function (properties) {
                    this.webauthnOrigins = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ConsortiumParams timeoutProposeMs.
                 * @member {number} timeoutProposeMs
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @instance
                 */
                ConsortiumParams.prototype.timeoutProposeMs = 0;

                /**
                 * ConsortiumParams timeoutProposeDeltaMs.
                 * @member {number} timeoutProposeDeltaMs
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @instance
                 */
                ConsortiumParams.prototype.timeoutProposeDeltaMs = 0;

                /**
                 * ConsortiumParams timeoutPrevoteMs.
                 * @member {number} timeoutPrevoteMs
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @instance
                 */
                ConsortiumParams.prototype.timeoutPrevoteMs = 0;

                /**
                 * ConsortiumParams timeoutPrevoteDeltaMs.
                 * @member {number} timeoutPrevoteDeltaMs
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @instance
                 */
                ConsortiumParams.prototype.timeoutPrevoteDeltaMs = 0;

                /**
                 * ConsortiumParams timeoutPrecommitMs.
                 * @member {number} timeoutPrecommitMs
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @instance
                 */
                ConsortiumParams.prototype.timeoutPrecommitMs = 0;

                /**
                 * ConsortiumParams timeoutPrecommitDeltaMs.
                 * @member {number} timeoutPrecommitDeltaMs
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @instance
                 */
                ConsortiumParams.prototype.timeoutPrecommitDeltaMs = 0;

                /**
                 * ConsortiumParams timeoutCommitMs.
                 * @member {number} timeoutCommitMs
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @instance
                 */
                ConsortiumParams.prototype.timeoutCommitMs = 0;

                /**
                 * ConsortiumParams maxBlockTxs.
                 * @member {number} maxBlockTxs
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @instance
                 */
                ConsortiumParams.prototype.maxBlockTxs = 0;

                /**
                 * ConsortiumParams maxBlockBytes.
                 * @member {number} maxBlockBytes
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @instance
                 */
                ConsortiumParams.prototype.maxBlockBytes = 0;

                /**
                 * ConsortiumParams maxTxBytes.
                 * @member {number} maxTxBytes
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @instance
                 */
                ConsortiumParams.prototype.maxTxBytes = 0;

                /**
                 * ConsortiumParams requestFreshnessMs.
                 * @member {number} requestFreshnessMs
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @instance
                 */
                ConsortiumParams.prototype.requestFreshnessMs = 0;

                /**
                 * ConsortiumParams validatorChangeDelay.
                 * @member {number} validatorChangeDelay
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @instance
                 */
                ConsortiumParams.prototype.validatorChangeDelay = 0;

                /**
                 * ConsortiumParams emptyBlockIntervalMs.
                 * @member {number} emptyBlockIntervalMs
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @instance
                 */
                ConsortiumParams.prototype.emptyBlockIntervalMs = 0;

                /**
                 * ConsortiumParams webauthnRpId.
                 * @member {string} webauthnRpId
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @instance
                 */
                ConsortiumParams.prototype.webauthnRpId = "";

                /**
                 * ConsortiumParams webauthnOrigins.
                 * @member {Array.<string>} webauthnOrigins
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @instance
                 */
                ConsortiumParams.prototype.webauthnOrigins = $util.emptyArray;

                /**
                 * Creates a new ConsortiumParams instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @static
                 * @param {medmesh.tx.v1.ConsortiumParams.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.ConsortiumParams} ConsortiumParams instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.ConsortiumParams.$Shape): medmesh.tx.v1.ConsortiumParams & medmesh.tx.v1.ConsortiumParams.$Shape;
                 *   (properties?: medmesh.tx.v1.ConsortiumParams.$Properties): medmesh.tx.v1.ConsortiumParams;
                 * }}
                 */
                ConsortiumParams.create = function(properties) {
                    return new ConsortiumParams(properties);
                };

                /**
                 * Encodes the specified ConsortiumParams message. Does not implicitly {@link medmesh.tx.v1.ConsortiumParams.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @static
                 * @param {medmesh.tx.v1.ConsortiumParams.$Properties} message ConsortiumParams message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConsortiumParams.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.timeoutProposeMs != null && $Object.hasOwnProperty.call(message, "timeoutProposeMs") && message.timeoutProposeMs !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.timeoutProposeMs);
                    if (message.timeoutProposeDeltaMs != null && $Object.hasOwnProperty.call(message, "timeoutProposeDeltaMs") && message.timeoutProposeDeltaMs !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.timeoutProposeDeltaMs);
                    if (message.timeoutPrevoteMs != null && $Object.hasOwnProperty.call(message, "timeoutPrevoteMs") && message.timeoutPrevoteMs !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.timeoutPrevoteMs);
                    if (message.timeoutPrevoteDeltaMs != null && $Object.hasOwnProperty.call(message, "timeoutPrevoteDeltaMs") && message.timeoutPrevoteDeltaMs !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.timeoutPrevoteDeltaMs);
                    if (message.timeoutPrecommitMs != null && $Object.hasOwnProperty.call(message, "timeoutPrecommitMs") && message.timeoutPrecommitMs !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.timeoutPrecommitMs);
                    if (message.timeoutPrecommitDeltaMs != null && $Object.hasOwnProperty.call(message, "timeoutPrecommitDeltaMs") && message.timeoutPrecommitDeltaMs !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.timeoutPrecommitDeltaMs);
                    if (message.timeoutCommitMs != null && $Object.hasOwnProperty.call(message, "timeoutCommitMs") && message.timeoutCommitMs !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.timeoutCommitMs);
                    if (message.maxBlockTxs != null && $Object.hasOwnProperty.call(message, "maxBlockTxs") && message.maxBlockTxs !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.maxBlockTxs);
                    if (message.maxBlockBytes != null && $Object.hasOwnProperty.call(message, "maxBlockBytes") && message.maxBlockBytes !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.maxBlockBytes);
                    if (message.maxTxBytes != null && $Object.hasOwnProperty.call(message, "maxTxBytes") && message.maxTxBytes !== 0)
                        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.maxTxBytes);
                    if (message.requestFreshnessMs != null && $Object.hasOwnProperty.call(message, "requestFreshnessMs") && message.requestFreshnessMs !== 0)
                        writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.requestFreshnessMs);
                    if (message.validatorChangeDelay != null && $Object.hasOwnProperty.call(message, "validatorChangeDelay") && message.validatorChangeDelay !== 0)
                        writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.validatorChangeDelay);
                    if (message.emptyBlockIntervalMs != null && $Object.hasOwnProperty.call(message, "emptyBlockIntervalMs") && message.emptyBlockIntervalMs !== 0)
                        writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.emptyBlockIntervalMs);
                    if (message.webauthnRpId != null && $Object.hasOwnProperty.call(message, "webauthnRpId") && message.webauthnRpId !== "")
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.webauthnRpId);
                    if (message.webauthnOrigins != null && message.webauthnOrigins.length)
                        for (let i = 0; i < message.webauthnOrigins.length; ++i)
                            writer.uint32(/* id 15, wireType 2 =*/122).string(message.webauthnOrigins[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ConsortiumParams message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.ConsortiumParams & medmesh.tx.v1.ConsortiumParams.$Shape} ConsortiumParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConsortiumParams.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.ConsortiumParams();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.timeoutProposeMs = value;
                                else
                                    delete message.timeoutProposeMs;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.timeoutProposeDeltaMs = value;
                                else
                                    delete message.timeoutProposeDeltaMs;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.timeoutPrevoteMs = value;
                                else
                                    delete message.timeoutPrevoteMs;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.timeoutPrevoteDeltaMs = value;
                                else
                                    delete message.timeoutPrevoteDeltaMs;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.timeoutPrecommitMs = value;
                                else
                                    delete message.timeoutPrecommitMs;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.timeoutPrecommitDeltaMs = value;
                                else
                                    delete message.timeoutPrecommitDeltaMs;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.timeoutCommitMs = value;
                                else
                                    delete message.timeoutCommitMs;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxBlockTxs = value;
                                else
                                    delete message.maxBlockTxs;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxBlockBytes = value;
                                else
                                    delete message.maxBlockBytes;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxTxBytes = value;
                                else
                                    delete message.maxTxBytes;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.requestFreshnessMs = value;
                                else
                                    delete message.requestFreshnessMs;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.validatorChangeDelay = value;
                                else
                                    delete message.validatorChangeDelay;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.emptyBlockIntervalMs = value;
                                else
                                    delete message.emptyBlockIntervalMs;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.webauthnRpId = value;
                                else
                                    delete message.webauthnRpId;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.webauthnOrigins && message.webauthnOrigins.length))
                                    message.webauthnOrigins = [];
                                message.webauthnOrigins.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ConsortiumParams
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.ConsortiumParams
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConsortiumParams.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.ConsortiumParams";
                };

                return ConsortiumParams;
            })();

            v1.ParamsChange = (function() {

                /**
                 * Properties of a ParamsChange.
                 * @typedef {Object} medmesh.tx.v1.ParamsChange.$Properties
                 * @property {medmesh.tx.v1.ConsortiumParams.$Properties|null} [params] ParamsChange params
                 * @property {number|null} [effectiveHeight] ParamsChange effectiveHeight
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ParamsChange.
                 * @memberof medmesh.tx.v1
                 * @interface IParamsChange
                 * @augments medmesh.tx.v1.ParamsChange.$Properties
                 * @deprecated Use medmesh.tx.v1.ParamsChange.$Properties instead.
                 */

                /**
                 * Shape of a ParamsChange.
                 * @typedef {medmesh.tx.v1.ParamsChange.$Properties} medmesh.tx.v1.ParamsChange.$Shape
                 */

                /**
                 * Constructs a new ParamsChange.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a ParamsChange.
                 * @constructor
                 * @param {medmesh.tx.v1.ParamsChange.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ParamsChange = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ParamsChange params.
                 * @member {medmesh.tx.v1.ConsortiumParams.$Properties|null|undefined} params
                 * @memberof medmesh.tx.v1.ParamsChange
                 * @instance
                 */
                ParamsChange.prototype.params = null;

                /**
                 * ParamsChange effectiveHeight.
                 * @member {number} effectiveHeight
                 * @memberof medmesh.tx.v1.ParamsChange
                 * @instance
                 */
                ParamsChange.prototype.effectiveHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new ParamsChange instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.ParamsChange
                 * @static
                 * @param {medmesh.tx.v1.ParamsChange.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.ParamsChange} ParamsChange instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.ParamsChange.$Shape): medmesh.tx.v1.ParamsChange & medmesh.tx.v1.ParamsChange.$Shape;
                 *   (properties?: medmesh.tx.v1.ParamsChange.$Properties): medmesh.tx.v1.ParamsChange;
                 * }}
                 */
                ParamsChange.create = function(properties) {
                    return new ParamsChange(properties);
                };

                /**
                 * Encodes the specified ParamsChange message. Does not implicitly {@link medmesh.tx.v1.ParamsChange.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.ParamsChange
                 * @static
                 * @param {medmesh.tx.v1.ParamsChange.$Properties} message ParamsChange message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ParamsChange.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        $root.medmesh.tx.v1.ConsortiumParams.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.effectiveHeight != null && $Object.hasOwnProperty.call(message, "effectiveHeight") && (typeof message.effectiveHeight === "object" ? message.effectiveHeight.low || message.effectiveHeight.high : message.effectiveHeight !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.effectiveHeight);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ParamsChange message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.ParamsChange
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.ParamsChange & medmesh.tx.v1.ParamsChange.$Shape} ParamsChange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ParamsChange.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.ParamsChange();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.params = $root.medmesh.tx.v1.ConsortiumParams.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.effectiveHeight = value;
                                else
                                    delete message.effectiveHeight;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ParamsChange
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.ParamsChange
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ParamsChange.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.ParamsChange";
                };

                return ParamsChange;
            })();

            v1.MemberVote = (function() {

                /**
                 * Properties of a MemberVote.
                 * @typedef {Object} medmesh.tx.v1.MemberVote.$Properties
                 * @property {Uint8Array|null} [proposalTx] MemberVote proposalTx
                 * @property {boolean|null} [approve] MemberVote approve
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MemberVote.
                 * @memberof medmesh.tx.v1
                 * @interface IMemberVote
                 * @augments medmesh.tx.v1.MemberVote.$Properties
                 * @deprecated Use medmesh.tx.v1.MemberVote.$Properties instead.
                 */

                /**
                 * Shape of a MemberVote.
                 * @typedef {medmesh.tx.v1.MemberVote.$Properties} medmesh.tx.v1.MemberVote.$Shape
                 */

                /**
                 * Constructs a new MemberVote.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a MemberVote.
                 * @constructor
                 * @param {medmesh.tx.v1.MemberVote.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MemberVote = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MemberVote proposalTx.
                 * @member {Uint8Array} proposalTx
                 * @memberof medmesh.tx.v1.MemberVote
                 * @instance
                 */
                MemberVote.prototype.proposalTx = $util.newBuffer([]);

                /**
                 * MemberVote approve.
                 * @member {boolean} approve
                 * @memberof medmesh.tx.v1.MemberVote
                 * @instance
                 */
                MemberVote.prototype.approve = false;

                /**
                 * Creates a new MemberVote instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.MemberVote
                 * @static
                 * @param {medmesh.tx.v1.MemberVote.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.MemberVote} MemberVote instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.MemberVote.$Shape): medmesh.tx.v1.MemberVote & medmesh.tx.v1.MemberVote.$Shape;
                 *   (properties?: medmesh.tx.v1.MemberVote.$Properties): medmesh.tx.v1.MemberVote;
                 * }}
                 */
                MemberVote.create = function(properties) {
                    return new MemberVote(properties);
                };

                /**
                 * Encodes the specified MemberVote message. Does not implicitly {@link medmesh.tx.v1.MemberVote.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.MemberVote
                 * @static
                 * @param {medmesh.tx.v1.MemberVote.$Properties} message MemberVote message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MemberVote.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.proposalTx != null && $Object.hasOwnProperty.call(message, "proposalTx") && message.proposalTx.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.proposalTx);
                    if (message.approve != null && $Object.hasOwnProperty.call(message, "approve") && message.approve !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.approve);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MemberVote message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.MemberVote
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.MemberVote & medmesh.tx.v1.MemberVote.$Shape} MemberVote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MemberVote.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.MemberVote();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.proposalTx = value;
                                else
                                    delete message.proposalTx;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.approve = value;
                                else
                                    delete message.approve;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for MemberVote
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.MemberVote
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MemberVote.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.MemberVote";
                };

                return MemberVote;
            })();

            v1.CredentialRevoke = (function() {

                /**
                 * Properties of a CredentialRevoke.
                 * @typedef {Object} medmesh.tx.v1.CredentialRevoke.$Properties
                 * @property {Uint8Array|null} [credentialHash] CredentialRevoke credentialHash
                 * @property {string|null} [reason] CredentialRevoke reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CredentialRevoke.
                 * @memberof medmesh.tx.v1
                 * @interface ICredentialRevoke
                 * @augments medmesh.tx.v1.CredentialRevoke.$Properties
                 * @deprecated Use medmesh.tx.v1.CredentialRevoke.$Properties instead.
                 */

                /**
                 * Shape of a CredentialRevoke.
                 * @typedef {medmesh.tx.v1.CredentialRevoke.$Properties} medmesh.tx.v1.CredentialRevoke.$Shape
                 */

                /**
                 * Constructs a new CredentialRevoke.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a CredentialRevoke.
                 * @constructor
                 * @param {medmesh.tx.v1.CredentialRevoke.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CredentialRevoke = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CredentialRevoke credentialHash.
                 * @member {Uint8Array} credentialHash
                 * @memberof medmesh.tx.v1.CredentialRevoke
                 * @instance
                 */
                CredentialRevoke.prototype.credentialHash = $util.newBuffer([]);

                /**
                 * CredentialRevoke reason.
                 * @member {string} reason
                 * @memberof medmesh.tx.v1.CredentialRevoke
                 * @instance
                 */
                CredentialRevoke.prototype.reason = "";

                /**
                 * Creates a new CredentialRevoke instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.CredentialRevoke
                 * @static
                 * @param {medmesh.tx.v1.CredentialRevoke.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.CredentialRevoke} CredentialRevoke instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.CredentialRevoke.$Shape): medmesh.tx.v1.CredentialRevoke & medmesh.tx.v1.CredentialRevoke.$Shape;
                 *   (properties?: medmesh.tx.v1.CredentialRevoke.$Properties): medmesh.tx.v1.CredentialRevoke;
                 * }}
                 */
                CredentialRevoke.create = function(properties) {
                    return new CredentialRevoke(properties);
                };

                /**
                 * Encodes the specified CredentialRevoke message. Does not implicitly {@link medmesh.tx.v1.CredentialRevoke.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.CredentialRevoke
                 * @static
                 * @param {medmesh.tx.v1.CredentialRevoke.$Properties} message CredentialRevoke message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CredentialRevoke.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.credentialHash != null && $Object.hasOwnProperty.call(message, "credentialHash") && message.credentialHash.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.credentialHash);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CredentialRevoke message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.CredentialRevoke
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.CredentialRevoke & medmesh.tx.v1.CredentialRevoke.$Shape} CredentialRevoke
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CredentialRevoke.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.CredentialRevoke();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.credentialHash = value;
                                else
                                    delete message.credentialHash;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for CredentialRevoke
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.CredentialRevoke
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CredentialRevoke.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.CredentialRevoke";
                };

                return CredentialRevoke;
            })();

            v1.PatientLink = (function() {

                /**
                 * Properties of a PatientLink.
                 * @typedef {Object} medmesh.tx.v1.PatientLink.$Properties
                 * @property {medmesh.tx.v1.PatientLinkStatement.$Properties|null} [statement] PatientLink statement
                 * @property {Uint8Array|null} [patientSignature] PatientLink patientSignature
                 * @property {medmesh.common.v1.WebAuthnAssertion.$Properties|null} [patientWebauthn] PatientLink patientWebauthn
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PatientLink.
                 * @memberof medmesh.tx.v1
                 * @interface IPatientLink
                 * @augments medmesh.tx.v1.PatientLink.$Properties
                 * @deprecated Use medmesh.tx.v1.PatientLink.$Properties instead.
                 */

                /**
                 * Shape of a PatientLink.
                 * @typedef {medmesh.tx.v1.PatientLink.$Properties} medmesh.tx.v1.PatientLink.$Shape
                 */

                /**
                 * Constructs a new PatientLink.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a PatientLink.
                 * @constructor
                 * @param {medmesh.tx.v1.PatientLink.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PatientLink = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PatientLink statement.
                 * @member {medmesh.tx.v1.PatientLinkStatement.$Properties|null|undefined} statement
                 * @memberof medmesh.tx.v1.PatientLink
                 * @instance
                 */
                PatientLink.prototype.statement = null;

                /**
                 * PatientLink patientSignature.
                 * @member {Uint8Array} patientSignature
                 * @memberof medmesh.tx.v1.PatientLink
                 * @instance
                 */
                PatientLink.prototype.patientSignature = $util.newBuffer([]);

                /**
                 * PatientLink patientWebauthn.
                 * @member {medmesh.common.v1.WebAuthnAssertion.$Properties|null|undefined} patientWebauthn
                 * @memberof medmesh.tx.v1.PatientLink
                 * @instance
                 */
                PatientLink.prototype.patientWebauthn = null;

                /**
                 * Creates a new PatientLink instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.PatientLink
                 * @static
                 * @param {medmesh.tx.v1.PatientLink.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.PatientLink} PatientLink instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.PatientLink.$Shape): medmesh.tx.v1.PatientLink & medmesh.tx.v1.PatientLink.$Shape;
                 *   (properties?: medmesh.tx.v1.PatientLink.$Properties): medmesh.tx.v1.PatientLink;
                 * }}
                 */
                PatientLink.create = function(properties) {
                    return new PatientLink(properties);
                };

                /**
                 * Encodes the specified PatientLink message. Does not implicitly {@link medmesh.tx.v1.PatientLink.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.PatientLink
                 * @static
                 * @param {medmesh.tx.v1.PatientLink.$Properties} message PatientLink message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PatientLink.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.statement != null && $Object.hasOwnProperty.call(message, "statement"))
                        $root.medmesh.tx.v1.PatientLinkStatement.encode(message.statement, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.patientSignature != null && $Object.hasOwnProperty.call(message, "patientSignature") && message.patientSignature.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.patientSignature);
                    if (message.patientWebauthn != null && $Object.hasOwnProperty.call(message, "patientWebauthn"))
                        $root.medmesh.common.v1.WebAuthnAssertion.encode(message.patientWebauthn, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PatientLink message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.PatientLink
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.PatientLink & medmesh.tx.v1.PatientLink.$Shape} PatientLink
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PatientLink.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.PatientLink();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.statement = $root.medmesh.tx.v1.PatientLinkStatement.decode(reader, reader.size(), $undefined, _depth + 1, message.statement);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.patientSignature = value;
                                else
                                    delete message.patientSignature;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.patientWebauthn = $root.medmesh.common.v1.WebAuthnAssertion.decode(reader, reader.size(), $undefined, _depth + 1, message.patientWebauthn);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for PatientLink
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.PatientLink
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PatientLink.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.PatientLink";
                };

                return PatientLink;
            })();

            v1.PatientLinkStatement = (function() {

                /**
                 * Properties of a PatientLinkStatement.
                 * @typedef {Object} medmesh.tx.v1.PatientLinkStatement.$Properties
                 * @property {Uint8Array|null} [pseudonym] PatientLinkStatement pseudonym
                 * @property {medmesh.common.v1.PublicKey.$Properties|null} [patientKey] PatientLinkStatement patientKey
                 * @property {string|null} [org] PatientLinkStatement org
                 * @property {Uint8Array|null} [localRecordCommitment] PatientLinkStatement localRecordCommitment
                 * @property {boolean|null} [custodial] PatientLinkStatement custodial
                 * @property {number|null} [issuedAt] PatientLinkStatement issuedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PatientLinkStatement.
                 * @memberof medmesh.tx.v1
                 * @interface IPatientLinkStatement
                 * @augments medmesh.tx.v1.PatientLinkStatement.$Properties
                 * @deprecated Use medmesh.tx.v1.PatientLinkStatement.$Properties instead.
                 */

                /**
                 * Shape of a PatientLinkStatement.
                 * @typedef {medmesh.tx.v1.PatientLinkStatement.$Properties} medmesh.tx.v1.PatientLinkStatement.$Shape
                 */

                /**
                 * Constructs a new PatientLinkStatement.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a PatientLinkStatement.
                 * @constructor
                 * @param {medmesh.tx.v1.PatientLinkStatement.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PatientLinkStatement = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PatientLinkStatement pseudonym.
                 * @member {Uint8Array} pseudonym
                 * @memberof medmesh.tx.v1.PatientLinkStatement
                 * @instance
                 */
                PatientLinkStatement.prototype.pseudonym = $util.newBuffer([]);

                /**
                 * PatientLinkStatement patientKey.
                 * @member {medmesh.common.v1.PublicKey.$Properties|null|undefined} patientKey
                 * @memberof medmesh.tx.v1.PatientLinkStatement
                 * @instance
                 */
                PatientLinkStatement.prototype.patientKey = null;

                /**
                 * PatientLinkStatement org.
                 * @member {string} org
                 * @memberof medmesh.tx.v1.PatientLinkStatement
                 * @instance
                 */
                PatientLinkStatement.prototype.org = "";

                /**
                 * PatientLinkStatement localRecordCommitment.
                 * @member {Uint8Array} localRecordCommitment
                 * @memberof medmesh.tx.v1.PatientLinkStatement
                 * @instance
                 */
                PatientLinkStatement.prototype.localRecordCommitment = $util.newBuffer([]);

                /**
                 * PatientLinkStatement custodial.
                 * @member {boolean} custodial
                 * @memberof medmesh.tx.v1.PatientLinkStatement
                 * @instance
                 */
                PatientLinkStatement.prototype.custodial = false;

                /**
                 * PatientLinkStatement issuedAt.
                 * @member {number} issuedAt
                 * @memberof medmesh.tx.v1.PatientLinkStatement
                 * @instance
                 */
                PatientLinkStatement.prototype.issuedAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new PatientLinkStatement instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.PatientLinkStatement
                 * @static
                 * @param {medmesh.tx.v1.PatientLinkStatement.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.PatientLinkStatement} PatientLinkStatement instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.PatientLinkStatement.$Shape): medmesh.tx.v1.PatientLinkStatement & medmesh.tx.v1.PatientLinkStatement.$Shape;
                 *   (properties?: medmesh.tx.v1.PatientLinkStatement.$Properties): medmesh.tx.v1.PatientLinkStatement;
                 * }}
                 */
                PatientLinkStatement.create = function(properties) {
                    return new PatientLinkStatement(properties);
                };

                /**
                 * Encodes the specified PatientLinkStatement message. Does not implicitly {@link medmesh.tx.v1.PatientLinkStatement.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.PatientLinkStatement
                 * @static
                 * @param {medmesh.tx.v1.PatientLinkStatement.$Properties} message PatientLinkStatement message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PatientLinkStatement.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pseudonym != null && $Object.hasOwnProperty.call(message, "pseudonym") && message.pseudonym.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.pseudonym);
                    if (message.patientKey != null && $Object.hasOwnProperty.call(message, "patientKey"))
                        $root.medmesh.common.v1.PublicKey.encode(message.patientKey, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.org != null && $Object.hasOwnProperty.call(message, "org") && message.org !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.org);
                    if (message.localRecordCommitment != null && $Object.hasOwnProperty.call(message, "localRecordCommitment") && message.localRecordCommitment.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.localRecordCommitment);
                    if (message.custodial != null && $Object.hasOwnProperty.call(message, "custodial") && message.custodial !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.custodial);
                    if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt") && (typeof message.issuedAt === "object" ? message.issuedAt.low || message.issuedAt.high : message.issuedAt !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.issuedAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PatientLinkStatement message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.PatientLinkStatement
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.PatientLinkStatement & medmesh.tx.v1.PatientLinkStatement.$Shape} PatientLinkStatement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PatientLinkStatement.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.PatientLinkStatement();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.pseudonym = value;
                                else
                                    delete message.pseudonym;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.patientKey = $root.medmesh.common.v1.PublicKey.decode(reader, reader.size(), $undefined, _depth + 1, message.patientKey);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.org = value;
                                else
                                    delete message.org;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.localRecordCommitment = value;
                                else
                                    delete message.localRecordCommitment;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.custodial = value;
                                else
                                    delete message.custodial;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.issuedAt = value;
                                else
                                    delete message.issuedAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for PatientLinkStatement
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.PatientLinkStatement
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PatientLinkStatement.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.PatientLinkStatement";
                };

                return PatientLinkStatement;
            })();

            /**
             * Decision enum.
             * @name medmesh.tx.v1.Decision
             * @enum {number}
             * @property {number} DECISION_UNSPECIFIED=0 DECISION_UNSPECIFIED value
             * @property {number} DECISION_PERMIT=1 DECISION_PERMIT value
             * @property {number} DECISION_DENY=2 DECISION_DENY value
             */
            v1.Decision = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "DECISION_UNSPECIFIED"] = 0;
                values[valuesById[1] = "DECISION_PERMIT"] = 1;
                values[valuesById[2] = "DECISION_DENY"] = 2;
                return values;
            })();

            v1.Consent = (function() {

                /**
                 * Properties of a Consent.
                 * @typedef {Object} medmesh.tx.v1.Consent.$Properties
                 * @property {Uint8Array|null} [pseudonym] Consent pseudonym
                 * @property {medmesh.tx.v1.Decision|null} [decision] Consent decision
                 * @property {medmesh.tx.v1.ConsentActor.$Properties|null} [actor] Consent actor
                 * @property {medmesh.tx.v1.ConsentData.$Properties|null} [data] Consent data
                 * @property {Array.<medmesh.common.v1.Purpose>|null} [purposes] Consent purposes
                 * @property {medmesh.common.v1.Period.$Properties|null} [period] Consent period
                 * @property {Uint8Array|null} [consentNonce] Consent consentNonce
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Consent.
                 * @memberof medmesh.tx.v1
                 * @interface IConsent
                 * @augments medmesh.tx.v1.Consent.$Properties
                 * @deprecated Use medmesh.tx.v1.Consent.$Properties instead.
                 */

                /**
                 * Shape of a Consent.
                 * @typedef {medmesh.tx.v1.Consent.$Properties} medmesh.tx.v1.Consent.$Shape
                 */

                /**
                 * Constructs a new Consent.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a Consent.
                 * @constructor
                 * @param {medmesh.tx.v1.Consent.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Consent = function (properties) {
                    this.purposes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Consent pseudonym.
                 * @member {Uint8Array} pseudonym
                 * @memberof medmesh.tx.v1.Consent
                 * @instance
                 */
                Consent.prototype.pseudonym = $util.newBuffer([]);

                /**
                 * Consent decision.
                 * @member {medmesh.tx.v1.Decision} decision
                 * @memberof medmesh.tx.v1.Consent
                 * @instance
                 */
                Consent.prototype.decision = 0;

                /**
                 * Consent actor.
                 * @member {medmesh.tx.v1.ConsentActor.$Properties|null|undefined} actor
                 * @memberof medmesh.tx.v1.Consent
                 * @instance
                 */
                Consent.prototype.actor = null;

                /**
                 * Consent data.
                 * @member {medmesh.tx.v1.ConsentData.$Properties|null|undefined} data
                 * @memberof medmesh.tx.v1.Consent
                 * @instance
                 */
                Consent.prototype.data = null;

                /**
                 * Consent purposes.
                 * @member {Array.<medmesh.common.v1.Purpose>} purposes
                 * @memberof medmesh.tx.v1.Consent
                 * @instance
                 */
                Consent.prototype.purposes = $util.emptyArray;

                /**
                 * Consent period.
                 * @member {medmesh.common.v1.Period.$Properties|null|undefined} period
                 * @memberof medmesh.tx.v1.Consent
                 * @instance
                 */
                Consent.prototype.period = null;

                /**
                 * Consent consentNonce.
                 * @member {Uint8Array} consentNonce
                 * @memberof medmesh.tx.v1.Consent
                 * @instance
                 */
                Consent.prototype.consentNonce = $util.newBuffer([]);

                /**
                 * Creates a new Consent instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.Consent
                 * @static
                 * @param {medmesh.tx.v1.Consent.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.Consent} Consent instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.Consent.$Shape): medmesh.tx.v1.Consent & medmesh.tx.v1.Consent.$Shape;
                 *   (properties?: medmesh.tx.v1.Consent.$Properties): medmesh.tx.v1.Consent;
                 * }}
                 */
                Consent.create = function(properties) {
                    return new Consent(properties);
                };

                /**
                 * Encodes the specified Consent message. Does not implicitly {@link medmesh.tx.v1.Consent.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.Consent
                 * @static
                 * @param {medmesh.tx.v1.Consent.$Properties} message Consent message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Consent.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pseudonym != null && $Object.hasOwnProperty.call(message, "pseudonym") && message.pseudonym.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.pseudonym);
                    if (message.decision != null && $Object.hasOwnProperty.call(message, "decision") && message.decision !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.decision);
                    if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                        $root.medmesh.tx.v1.ConsentActor.encode(message.actor, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        $root.medmesh.tx.v1.ConsentData.encode(message.data, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.purposes != null && message.purposes.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).int32s(message.purposes);
                    if (message.period != null && $Object.hasOwnProperty.call(message, "period"))
                        $root.medmesh.common.v1.Period.encode(message.period, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.consentNonce != null && $Object.hasOwnProperty.call(message, "consentNonce") && message.consentNonce.length)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.consentNonce);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Consent message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.Consent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.Consent & medmesh.tx.v1.Consent.$Shape} Consent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Consent.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.Consent();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.pseudonym = value;
                                else
                                    delete message.pseudonym;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.decision = value;
                                else
                                    delete message.decision;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.actor = $root.medmesh.tx.v1.ConsentActor.decode(reader, reader.size(), $undefined, _depth + 1, message.actor);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.data = $root.medmesh.tx.v1.ConsentData.decode(reader, reader.size(), $undefined, _depth + 1, message.data);
                                continue;
                            }
                        case 5: {
                                if (wireType === 2) {
                                    if (!(message.purposes && message.purposes.length))
                                        message.purposes = [];
                                    reader.int32s(message.purposes);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.purposes && message.purposes.length))
                                    message.purposes = [];
                                message.purposes.push(reader.int32());
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.period = $root.medmesh.common.v1.Period.decode(reader, reader.size(), $undefined, _depth + 1, message.period);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.consentNonce = value;
                                else
                                    delete message.consentNonce;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Consent
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.Consent
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Consent.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.Consent";
                };

                return Consent;
            })();

            v1.ConsentActor = (function() {

                /**
                 * Properties of a ConsentActor.
                 * @typedef {Object} medmesh.tx.v1.ConsentActor.$Properties
                 * @property {string|null} [org] ConsentActor org
                 * @property {string|null} [department] ConsentActor department
                 * @property {medmesh.common.v1.Role|null} [role] ConsentActor role
                 * @property {Uint8Array|null} [clinician] ConsentActor clinician
                 * @property {string|null} [country] ConsentActor country
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConsentActor.
                 * @memberof medmesh.tx.v1
                 * @interface IConsentActor
                 * @augments medmesh.tx.v1.ConsentActor.$Properties
                 * @deprecated Use medmesh.tx.v1.ConsentActor.$Properties instead.
                 */

                /**
                 * Shape of a ConsentActor.
                 * @typedef {medmesh.tx.v1.ConsentActor.$Properties} medmesh.tx.v1.ConsentActor.$Shape
                 */

                /**
                 * Constructs a new ConsentActor.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a ConsentActor.
                 * @constructor
                 * @param {medmesh.tx.v1.ConsentActor.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConsentActor = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ConsentActor org.
                 * @member {string} org
                 * @memberof medmesh.tx.v1.ConsentActor
                 * @instance
                 */
                ConsentActor.prototype.org = "";

                /**
                 * ConsentActor department.
                 * @member {string} department
                 * @memberof medmesh.tx.v1.ConsentActor
                 * @instance
                 */
                ConsentActor.prototype.department = "";

                /**
                 * ConsentActor role.
                 * @member {medmesh.common.v1.Role} role
                 * @memberof medmesh.tx.v1.ConsentActor
                 * @instance
                 */
                ConsentActor.prototype.role = 0;

                /**
                 * ConsentActor clinician.
                 * @member {Uint8Array} clinician
                 * @memberof medmesh.tx.v1.ConsentActor
                 * @instance
                 */
                ConsentActor.prototype.clinician = $util.newBuffer([]);

                /**
                 * ConsentActor country.
                 * @member {string} country
                 * @memberof medmesh.tx.v1.ConsentActor
                 * @instance
                 */
                ConsentActor.prototype.country = "";

                /**
                 * Creates a new ConsentActor instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.ConsentActor
                 * @static
                 * @param {medmesh.tx.v1.ConsentActor.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.ConsentActor} ConsentActor instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.ConsentActor.$Shape): medmesh.tx.v1.ConsentActor & medmesh.tx.v1.ConsentActor.$Shape;
                 *   (properties?: medmesh.tx.v1.ConsentActor.$Properties): medmesh.tx.v1.ConsentActor;
                 * }}
                 */
                ConsentActor.create = function(properties) {
                    return new ConsentActor(properties);
                };

                /**
                 * Encodes the specified ConsentActor message. Does not implicitly {@link medmesh.tx.v1.ConsentActor.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.ConsentActor
                 * @static
                 * @param {medmesh.tx.v1.ConsentActor.$Properties} message ConsentActor message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConsentActor.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.org != null && $Object.hasOwnProperty.call(message, "org") && message.org !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.org);
                    if (message.department != null && $Object.hasOwnProperty.call(message, "department") && message.department !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.department);
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.role);
                    if (message.clinician != null && $Object.hasOwnProperty.call(message, "clinician") && message.clinician.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.clinician);
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country") && message.country !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.country);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ConsentActor message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.ConsentActor
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.ConsentActor & medmesh.tx.v1.ConsentActor.$Shape} ConsentActor
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConsentActor.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.ConsentActor();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.org = value;
                                else
                                    delete message.org;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.department = value;
                                else
                                    delete message.department;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.role = value;
                                else
                                    delete message.role;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.clinician = value;
                                else
                                    delete message.clinician;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.country = value;
                                else
                                    delete message.country;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ConsentActor
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.ConsentActor
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConsentActor.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.ConsentActor";
                };

                return ConsentActor;
            })();

            v1.ConsentData = (function() {

                /**
                 * Properties of a ConsentData.
                 * @typedef {Object} medmesh.tx.v1.ConsentData.$Properties
                 * @property {Array.<string>|null} [resourceTypes] ConsentData resourceTypes
                 * @property {Array.<string>|null} [securityLabels] ConsentData securityLabels
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConsentData.
                 * @memberof medmesh.tx.v1
                 * @interface IConsentData
                 * @augments medmesh.tx.v1.ConsentData.$Properties
                 * @deprecated Use medmesh.tx.v1.ConsentData.$Properties instead.
                 */

                /**
                 * Shape of a ConsentData.
                 * @typedef {medmesh.tx.v1.ConsentData.$Properties} medmesh.tx.v1.ConsentData.$Shape
                 */

                /**
                 * Constructs a new ConsentData.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a ConsentData.
                 * @constructor
                 * @param {medmesh.tx.v1.ConsentData.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConsentData = function (properties) {
                    this.resourceTypes = [];
                    this.securityLabels = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ConsentData resourceTypes.
                 * @member {Array.<string>} resourceTypes
                 * @memberof medmesh.tx.v1.ConsentData
                 * @instance
                 */
                ConsentData.prototype.resourceTypes = $util.emptyArray;

                /**
                 * ConsentData securityLabels.
                 * @member {Array.<string>} securityLabels
                 * @memberof medmesh.tx.v1.ConsentData
                 * @instance
                 */
                ConsentData.prototype.securityLabels = $util.emptyArray;

                /**
                 * Creates a new ConsentData instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.ConsentData
                 * @static
                 * @param {medmesh.tx.v1.ConsentData.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.ConsentData} ConsentData instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.ConsentData.$Shape): medmesh.tx.v1.ConsentData & medmesh.tx.v1.ConsentData.$Shape;
                 *   (properties?: medmesh.tx.v1.ConsentData.$Properties): medmesh.tx.v1.ConsentData;
                 * }}
                 */
                ConsentData.create = function(properties) {
                    return new ConsentData(properties);
                };

                /**
                 * Encodes the specified ConsentData message. Does not implicitly {@link medmesh.tx.v1.ConsentData.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.ConsentData
                 * @static
                 * @param {medmesh.tx.v1.ConsentData.$Properties} message ConsentData message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConsentData.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.resourceTypes != null && message.resourceTypes.length)
                        for (let i = 0; i < message.resourceTypes.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.resourceTypes[i]);
                    if (message.securityLabels != null && message.securityLabels.length)
                        for (let i = 0; i < message.securityLabels.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.securityLabels[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ConsentData message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.ConsentData
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.ConsentData & medmesh.tx.v1.ConsentData.$Shape} ConsentData
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConsentData.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.ConsentData();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.resourceTypes && message.resourceTypes.length))
                                    message.resourceTypes = [];
                                message.resourceTypes.push(reader.stringVerify());
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.securityLabels && message.securityLabels.length))
                                    message.securityLabels = [];
                                message.securityLabels.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ConsentData
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.ConsentData
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConsentData.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.ConsentData";
                };

                return ConsentData;
            })();

            v1.ConsentGrant = (function() {

                /**
                 * Properties of a ConsentGrant.
                 * @typedef {Object} medmesh.tx.v1.ConsentGrant.$Properties
                 * @property {medmesh.tx.v1.Consent.$Properties|null} [consent] ConsentGrant consent
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConsentGrant.
                 * @memberof medmesh.tx.v1
                 * @interface IConsentGrant
                 * @augments medmesh.tx.v1.ConsentGrant.$Properties
                 * @deprecated Use medmesh.tx.v1.ConsentGrant.$Properties instead.
                 */

                /**
                 * Shape of a ConsentGrant.
                 * @typedef {medmesh.tx.v1.ConsentGrant.$Properties} medmesh.tx.v1.ConsentGrant.$Shape
                 */

                /**
                 * Constructs a new ConsentGrant.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a ConsentGrant.
                 * @constructor
                 * @param {medmesh.tx.v1.ConsentGrant.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConsentGrant = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ConsentGrant consent.
                 * @member {medmesh.tx.v1.Consent.$Properties|null|undefined} consent
                 * @memberof medmesh.tx.v1.ConsentGrant
                 * @instance
                 */
                ConsentGrant.prototype.consent = null;

                /**
                 * Creates a new ConsentGrant instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.ConsentGrant
                 * @static
                 * @param {medmesh.tx.v1.ConsentGrant.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.ConsentGrant} ConsentGrant instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.ConsentGrant.$Shape): medmesh.tx.v1.ConsentGrant & medmesh.tx.v1.ConsentGrant.$Shape;
                 *   (properties?: medmesh.tx.v1.ConsentGrant.$Properties): medmesh.tx.v1.ConsentGrant;
                 * }}
                 */
                ConsentGrant.create = function(properties) {
                    return new ConsentGrant(properties);
                };

                /**
                 * Encodes the specified ConsentGrant message. Does not implicitly {@link medmesh.tx.v1.ConsentGrant.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.ConsentGrant
                 * @static
                 * @param {medmesh.tx.v1.ConsentGrant.$Properties} message ConsentGrant message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConsentGrant.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.consent != null && $Object.hasOwnProperty.call(message, "consent"))
                        $root.medmesh.tx.v1.Consent.encode(message.consent, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ConsentGrant message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.ConsentGrant
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.ConsentGrant & medmesh.tx.v1.ConsentGrant.$Shape} ConsentGrant
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConsentGrant.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.ConsentGrant();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.consent = $root.medmesh.tx.v1.Consent.decode(reader, reader.size(), $undefined, _depth + 1, message.consent);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ConsentGrant
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.ConsentGrant
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConsentGrant.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.ConsentGrant";
                };

                return ConsentGrant;
            })();

            v1.ConsentRevoke = (function() {

                /**
                 * Properties of a ConsentRevoke.
                 * @typedef {Object} medmesh.tx.v1.ConsentRevoke.$Properties
                 * @property {Uint8Array|null} [consentId] ConsentRevoke consentId
                 * @property {Uint8Array|null} [pseudonym] ConsentRevoke pseudonym
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConsentRevoke.
                 * @memberof medmesh.tx.v1
                 * @interface IConsentRevoke
                 * @augments medmesh.tx.v1.ConsentRevoke.$Properties
                 * @deprecated Use medmesh.tx.v1.ConsentRevoke.$Properties instead.
                 */

                /**
                 * Shape of a ConsentRevoke.
                 * @typedef {medmesh.tx.v1.ConsentRevoke.$Properties} medmesh.tx.v1.ConsentRevoke.$Shape
                 */

                /**
                 * Constructs a new ConsentRevoke.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a ConsentRevoke.
                 * @constructor
                 * @param {medmesh.tx.v1.ConsentRevoke.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConsentRevoke = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ConsentRevoke consentId.
                 * @member {Uint8Array} consentId
                 * @memberof medmesh.tx.v1.ConsentRevoke
                 * @instance
                 */
                ConsentRevoke.prototype.consentId = $util.newBuffer([]);

                /**
                 * ConsentRevoke pseudonym.
                 * @member {Uint8Array} pseudonym
                 * @memberof medmesh.tx.v1.ConsentRevoke
                 * @instance
                 */
                ConsentRevoke.prototype.pseudonym = $util.newBuffer([]);

                /**
                 * Creates a new ConsentRevoke instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.ConsentRevoke
                 * @static
                 * @param {medmesh.tx.v1.ConsentRevoke.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.ConsentRevoke} ConsentRevoke instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.ConsentRevoke.$Shape): medmesh.tx.v1.ConsentRevoke & medmesh.tx.v1.ConsentRevoke.$Shape;
                 *   (properties?: medmesh.tx.v1.ConsentRevoke.$Properties): medmesh.tx.v1.ConsentRevoke;
                 * }}
                 */
                ConsentRevoke.create = function(properties) {
                    return new ConsentRevoke(properties);
                };

                /**
                 * Encodes the specified ConsentRevoke message. Does not implicitly {@link medmesh.tx.v1.ConsentRevoke.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.ConsentRevoke
                 * @static
                 * @param {medmesh.tx.v1.ConsentRevoke.$Properties} message ConsentRevoke message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConsentRevoke.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.consentId != null && $Object.hasOwnProperty.call(message, "consentId") && message.consentId.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.consentId);
                    if (message.pseudonym != null && $Object.hasOwnProperty.call(message, "pseudonym") && message.pseudonym.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.pseudonym);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ConsentRevoke message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.ConsentRevoke
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.ConsentRevoke & medmesh.tx.v1.ConsentRevoke.$Shape} ConsentRevoke
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConsentRevoke.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.ConsentRevoke();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.consentId = value;
                                else
                                    delete message.consentId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.pseudonym = value;
                                else
                                    delete message.pseudonym;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ConsentRevoke
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.ConsentRevoke
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConsentRevoke.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.ConsentRevoke";
                };

                return ConsentRevoke;
            })();

            /**
             * AccessOutcome enum.
             * @name medmesh.tx.v1.AccessOutcome
             * @enum {number}
             * @property {number} ACCESS_OUTCOME_UNSPECIFIED=0 ACCESS_OUTCOME_UNSPECIFIED value
             * @property {number} ACCESS_OUTCOME_GRANTED=1 ACCESS_OUTCOME_GRANTED value
             * @property {number} ACCESS_OUTCOME_DENIED=2 ACCESS_OUTCOME_DENIED value
             * @property {number} ACCESS_OUTCOME_BREAK_GLASS=3 ACCESS_OUTCOME_BREAK_GLASS value
             */
            v1.AccessOutcome = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ACCESS_OUTCOME_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ACCESS_OUTCOME_GRANTED"] = 1;
                values[valuesById[2] = "ACCESS_OUTCOME_DENIED"] = 2;
                values[valuesById[3] = "ACCESS_OUTCOME_BREAK_GLASS"] = 3;
                return values;
            })();

            v1.AccessEvent = (function() {

                /**
                 * Properties of an AccessEvent.
                 * @typedef {Object} medmesh.tx.v1.AccessEvent.$Properties
                 * @property {Uint8Array|null} [requestHash] AccessEvent requestHash
                 * @property {Uint8Array|null} [pseudonym] AccessEvent pseudonym
                 * @property {medmesh.tx.v1.AccessOutcome|null} [outcome] AccessEvent outcome
                 * @property {string|null} [reason] AccessEvent reason
                 * @property {Uint8Array|null} [requesterKey] AccessEvent requesterKey
                 * @property {string|null} [requesterOrg] AccessEvent requesterOrg
                 * @property {string|null} [requesterCountry] AccessEvent requesterCountry
                 * @property {medmesh.common.v1.Role|null} [requesterRole] AccessEvent requesterRole
                 * @property {medmesh.common.v1.Purpose|null} [purpose] AccessEvent purpose
                 * @property {Array.<string>|null} [categories] AccessEvent categories
                 * @property {number|null} [decisionHeight] AccessEvent decisionHeight
                 * @property {Uint8Array|null} [bundleHash] AccessEvent bundleHash
                 * @property {string|null} [holderOrg] AccessEvent holderOrg
                 * @property {string|null} [breakGlassReason] AccessEvent breakGlassReason
                 * @property {Array.<Uint8Array>|null} [consentIds] AccessEvent consentIds
                 * @property {number|null} [decidedAt] AccessEvent decidedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AccessEvent.
                 * @memberof medmesh.tx.v1
                 * @interface IAccessEvent
                 * @augments medmesh.tx.v1.AccessEvent.$Properties
                 * @deprecated Use medmesh.tx.v1.AccessEvent.$Properties instead.
                 */

                /**
                 * Shape of an AccessEvent.
                 * @typedef {medmesh.tx.v1.AccessEvent.$Properties} medmesh.tx.v1.AccessEvent.$Shape
                 */

                /**
                 * Constructs a new AccessEvent.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents an AccessEvent.
                 * @constructor
                 * @param {medmesh.tx.v1.AccessEvent.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AccessEvent = function (properties) {
                    this.categories = [];
                    this.consentIds = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AccessEvent requestHash.
                 * @member {Uint8Array} requestHash
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @instance
                 */
                AccessEvent.prototype.requestHash = $util.newBuffer([]);

                /**
                 * AccessEvent pseudonym.
                 * @member {Uint8Array} pseudonym
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @instance
                 */
                AccessEvent.prototype.pseudonym = $util.newBuffer([]);

                /**
                 * AccessEvent outcome.
                 * @member {medmesh.tx.v1.AccessOutcome} outcome
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @instance
                 */
                AccessEvent.prototype.outcome = 0;

                /**
                 * AccessEvent reason.
                 * @member {string} reason
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @instance
                 */
                AccessEvent.prototype.reason = "";

                /**
                 * AccessEvent requesterKey.
                 * @member {Uint8Array} requesterKey
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @instance
                 */
                AccessEvent.prototype.requesterKey = $util.newBuffer([]);

                /**
                 * AccessEvent requesterOrg.
                 * @member {string} requesterOrg
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @instance
                 */
                AccessEvent.prototype.requesterOrg = "";

                /**
                 * AccessEvent requesterCountry.
                 * @member {string} requesterCountry
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @instance
                 */
                AccessEvent.prototype.requesterCountry = "";

                /**
                 * AccessEvent requesterRole.
                 * @member {medmesh.common.v1.Role} requesterRole
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @instance
                 */
                AccessEvent.prototype.requesterRole = 0;

                /**
                 * AccessEvent purpose.
                 * @member {medmesh.common.v1.Purpose} purpose
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @instance
                 */
                AccessEvent.prototype.purpose = 0;

                /**
                 * AccessEvent categories.
                 * @member {Array.<string>} categories
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @instance
                 */
                AccessEvent.prototype.categories = $util.emptyArray;

                /**
                 * AccessEvent decisionHeight.
                 * @member {number} decisionHeight
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @instance
                 */
                AccessEvent.prototype.decisionHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * AccessEvent bundleHash.
                 * @member {Uint8Array} bundleHash
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @instance
                 */
                AccessEvent.prototype.bundleHash = $util.newBuffer([]);

                /**
                 * AccessEvent holderOrg.
                 * @member {string} holderOrg
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @instance
                 */
                AccessEvent.prototype.holderOrg = "";

                /**
                 * AccessEvent breakGlassReason.
                 * @member {string} breakGlassReason
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @instance
                 */
                AccessEvent.prototype.breakGlassReason = "";

                /**
                 * AccessEvent consentIds.
                 * @member {Array.<Uint8Array>} consentIds
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @instance
                 */
                AccessEvent.prototype.consentIds = $util.emptyArray;

                /**
                 * AccessEvent decidedAt.
                 * @member {number} decidedAt
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @instance
                 */
                AccessEvent.prototype.decidedAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new AccessEvent instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @static
                 * @param {medmesh.tx.v1.AccessEvent.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.AccessEvent} AccessEvent instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.AccessEvent.$Shape): medmesh.tx.v1.AccessEvent & medmesh.tx.v1.AccessEvent.$Shape;
                 *   (properties?: medmesh.tx.v1.AccessEvent.$Properties): medmesh.tx.v1.AccessEvent;
                 * }}
                 */
                AccessEvent.create = function(properties) {
                    return new AccessEvent(properties);
                };

                /**
                 * Encodes the specified AccessEvent message. Does not implicitly {@link medmesh.tx.v1.AccessEvent.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @static
                 * @param {medmesh.tx.v1.AccessEvent.$Properties} message AccessEvent message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AccessEvent.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash") && message.requestHash.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.requestHash);
                    if (message.pseudonym != null && $Object.hasOwnProperty.call(message, "pseudonym") && message.pseudonym.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.pseudonym);
                    if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.outcome);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.requesterKey != null && $Object.hasOwnProperty.call(message, "requesterKey") && message.requesterKey.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.requesterKey);
                    if (message.requesterOrg != null && $Object.hasOwnProperty.call(message, "requesterOrg") && message.requesterOrg !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.requesterOrg);
                    if (message.requesterCountry != null && $Object.hasOwnProperty.call(message, "requesterCountry") && message.requesterCountry !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.requesterCountry);
                    if (message.requesterRole != null && $Object.hasOwnProperty.call(message, "requesterRole") && message.requesterRole !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).int32(message.requesterRole);
                    if (message.purpose != null && $Object.hasOwnProperty.call(message, "purpose") && message.purpose !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).int32(message.purpose);
                    if (message.categories != null && message.categories.length)
                        for (let i = 0; i < message.categories.length; ++i)
                            writer.uint32(/* id 10, wireType 2 =*/82).string(message.categories[i]);
                    if (message.decisionHeight != null && $Object.hasOwnProperty.call(message, "decisionHeight") && (typeof message.decisionHeight === "object" ? message.decisionHeight.low || message.decisionHeight.high : message.decisionHeight !== 0))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.decisionHeight);
                    if (message.bundleHash != null && $Object.hasOwnProperty.call(message, "bundleHash") && message.bundleHash.length)
                        writer.uint32(/* id 12, wireType 2 =*/98).bytes(message.bundleHash);
                    if (message.holderOrg != null && $Object.hasOwnProperty.call(message, "holderOrg") && message.holderOrg !== "")
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.holderOrg);
                    if (message.breakGlassReason != null && $Object.hasOwnProperty.call(message, "breakGlassReason") && message.breakGlassReason !== "")
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.breakGlassReason);
                    if (message.consentIds != null && message.consentIds.length)
                        for (let i = 0; i < message.consentIds.length; ++i)
                            writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.consentIds[i]);
                    if (message.decidedAt != null && $Object.hasOwnProperty.call(message, "decidedAt") && (typeof message.decidedAt === "object" ? message.decidedAt.low || message.decidedAt.high : message.decidedAt !== 0))
                        writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.decidedAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AccessEvent message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.AccessEvent & medmesh.tx.v1.AccessEvent.$Shape} AccessEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AccessEvent.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.AccessEvent();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.requestHash = value;
                                else
                                    delete message.requestHash;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.pseudonym = value;
                                else
                                    delete message.pseudonym;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.outcome = value;
                                else
                                    delete message.outcome;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.requesterKey = value;
                                else
                                    delete message.requesterKey;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requesterOrg = value;
                                else
                                    delete message.requesterOrg;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requesterCountry = value;
                                else
                                    delete message.requesterCountry;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.requesterRole = value;
                                else
                                    delete message.requesterRole;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.purpose = value;
                                else
                                    delete message.purpose;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.categories && message.categories.length))
                                    message.categories = [];
                                message.categories.push(reader.stringVerify());
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.decisionHeight = value;
                                else
                                    delete message.decisionHeight;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.bundleHash = value;
                                else
                                    delete message.bundleHash;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.holderOrg = value;
                                else
                                    delete message.holderOrg;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.breakGlassReason = value;
                                else
                                    delete message.breakGlassReason;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.consentIds && message.consentIds.length))
                                    message.consentIds = [];
                                message.consentIds.push(reader.bytes());
                                continue;
                            }
                        case 16: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.decidedAt = value;
                                else
                                    delete message.decidedAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for AccessEvent
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.AccessEvent
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AccessEvent.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.AccessEvent";
                };

                return AccessEvent;
            })();

            v1.ProvenanceNote = (function() {

                /**
                 * Properties of a ProvenanceNote.
                 * @typedef {Object} medmesh.tx.v1.ProvenanceNote.$Properties
                 * @property {Uint8Array|null} [subject] ProvenanceNote subject
                 * @property {string|null} [kind] ProvenanceNote kind
                 * @property {string|null} [note] ProvenanceNote note
                 * @property {Array.<Uint8Array>|null} [references] ProvenanceNote references
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProvenanceNote.
                 * @memberof medmesh.tx.v1
                 * @interface IProvenanceNote
                 * @augments medmesh.tx.v1.ProvenanceNote.$Properties
                 * @deprecated Use medmesh.tx.v1.ProvenanceNote.$Properties instead.
                 */

                /**
                 * Shape of a ProvenanceNote.
                 * @typedef {medmesh.tx.v1.ProvenanceNote.$Properties} medmesh.tx.v1.ProvenanceNote.$Shape
                 */

                /**
                 * Constructs a new ProvenanceNote.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a ProvenanceNote.
                 * @constructor
                 * @param {medmesh.tx.v1.ProvenanceNote.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProvenanceNote = function (properties) {
                    this.references = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProvenanceNote subject.
                 * @member {Uint8Array} subject
                 * @memberof medmesh.tx.v1.ProvenanceNote
                 * @instance
                 */
                ProvenanceNote.prototype.subject = $util.newBuffer([]);

                /**
                 * ProvenanceNote kind.
                 * @member {string} kind
                 * @memberof medmesh.tx.v1.ProvenanceNote
                 * @instance
                 */
                ProvenanceNote.prototype.kind = "";

                /**
                 * ProvenanceNote note.
                 * @member {string} note
                 * @memberof medmesh.tx.v1.ProvenanceNote
                 * @instance
                 */
                ProvenanceNote.prototype.note = "";

                /**
                 * ProvenanceNote references.
                 * @member {Array.<Uint8Array>} references
                 * @memberof medmesh.tx.v1.ProvenanceNote
                 * @instance
                 */
                ProvenanceNote.prototype.references = $util.emptyArray;

                /**
                 * Creates a new ProvenanceNote instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.ProvenanceNote
                 * @static
                 * @param {medmesh.tx.v1.ProvenanceNote.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.ProvenanceNote} ProvenanceNote instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.ProvenanceNote.$Shape): medmesh.tx.v1.ProvenanceNote & medmesh.tx.v1.ProvenanceNote.$Shape;
                 *   (properties?: medmesh.tx.v1.ProvenanceNote.$Properties): medmesh.tx.v1.ProvenanceNote;
                 * }}
                 */
                ProvenanceNote.create = function(properties) {
                    return new ProvenanceNote(properties);
                };

                /**
                 * Encodes the specified ProvenanceNote message. Does not implicitly {@link medmesh.tx.v1.ProvenanceNote.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.ProvenanceNote
                 * @static
                 * @param {medmesh.tx.v1.ProvenanceNote.$Properties} message ProvenanceNote message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProvenanceNote.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.subject != null && $Object.hasOwnProperty.call(message, "subject") && message.subject.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.subject);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                    if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.note);
                    if (message.references != null && message.references.length)
                        for (let i = 0; i < message.references.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.references[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProvenanceNote message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.ProvenanceNote
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.ProvenanceNote & medmesh.tx.v1.ProvenanceNote.$Shape} ProvenanceNote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProvenanceNote.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.ProvenanceNote();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.subject = value;
                                else
                                    delete message.subject;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.note = value;
                                else
                                    delete message.note;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.references && message.references.length))
                                    message.references = [];
                                message.references.push(reader.bytes());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ProvenanceNote
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.ProvenanceNote
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProvenanceNote.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.ProvenanceNote";
                };

                return ProvenanceNote;
            })();

            v1.FeatureSpec = (function() {

                /**
                 * Properties of a FeatureSpec.
                 * @typedef {Object} medmesh.tx.v1.FeatureSpec.$Properties
                 * @property {string|null} [source] FeatureSpec source
                 * @property {string|null} [name] FeatureSpec name
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FeatureSpec.
                 * @memberof medmesh.tx.v1
                 * @interface IFeatureSpec
                 * @augments medmesh.tx.v1.FeatureSpec.$Properties
                 * @deprecated Use medmesh.tx.v1.FeatureSpec.$Properties instead.
                 */

                /**
                 * Shape of a FeatureSpec.
                 * @typedef {medmesh.tx.v1.FeatureSpec.$Properties} medmesh.tx.v1.FeatureSpec.$Shape
                 */

                /**
                 * Constructs a new FeatureSpec.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a FeatureSpec.
                 * @constructor
                 * @param {medmesh.tx.v1.FeatureSpec.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FeatureSpec = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * FeatureSpec source.
                 * @member {string} source
                 * @memberof medmesh.tx.v1.FeatureSpec
                 * @instance
                 */
                FeatureSpec.prototype.source = "";

                /**
                 * FeatureSpec name.
                 * @member {string} name
                 * @memberof medmesh.tx.v1.FeatureSpec
                 * @instance
                 */
                FeatureSpec.prototype.name = "";

                /**
                 * Creates a new FeatureSpec instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.FeatureSpec
                 * @static
                 * @param {medmesh.tx.v1.FeatureSpec.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.FeatureSpec} FeatureSpec instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.FeatureSpec.$Shape): medmesh.tx.v1.FeatureSpec & medmesh.tx.v1.FeatureSpec.$Shape;
                 *   (properties?: medmesh.tx.v1.FeatureSpec.$Properties): medmesh.tx.v1.FeatureSpec;
                 * }}
                 */
                FeatureSpec.create = function(properties) {
                    return new FeatureSpec(properties);
                };

                /**
                 * Encodes the specified FeatureSpec message. Does not implicitly {@link medmesh.tx.v1.FeatureSpec.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.FeatureSpec
                 * @static
                 * @param {medmesh.tx.v1.FeatureSpec.$Properties} message FeatureSpec message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FeatureSpec.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.source);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a FeatureSpec message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.FeatureSpec
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.FeatureSpec & medmesh.tx.v1.FeatureSpec.$Shape} FeatureSpec
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FeatureSpec.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.FeatureSpec();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.source = value;
                                else
                                    delete message.source;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for FeatureSpec
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.FeatureSpec
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                FeatureSpec.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.FeatureSpec";
                };

                return FeatureSpec;
            })();

            v1.PrivacyParams = (function() {

                /**
                 * Properties of a PrivacyParams.
                 * @typedef {Object} medmesh.tx.v1.PrivacyParams.$Properties
                 * @property {number|null} [clipNorm] PrivacyParams clipNorm
                 * @property {number|null} [noiseMultiplier] PrivacyParams noiseMultiplier
                 * @property {number|null} [delta] PrivacyParams delta
                 * @property {number|null} [epsilonBudget] PrivacyParams epsilonBudget
                 * @property {number|null} [sampleRate] PrivacyParams sampleRate
                 * @property {Array.<medmesh.tx.v1.FeatureBound.$Properties>|null} [featureBounds] PrivacyParams featureBounds
                 * @property {number|null} [statsNoiseMultiplier] PrivacyParams statsNoiseMultiplier
                 * @property {medmesh.tx.v1.PrivacyUnit|null} [unit] PrivacyParams unit
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PrivacyParams.
                 * @memberof medmesh.tx.v1
                 * @interface IPrivacyParams
                 * @augments medmesh.tx.v1.PrivacyParams.$Properties
                 * @deprecated Use medmesh.tx.v1.PrivacyParams.$Properties instead.
                 */

                /**
                 * Shape of a PrivacyParams.
                 * @typedef {medmesh.tx.v1.PrivacyParams.$Properties} medmesh.tx.v1.PrivacyParams.$Shape
                 */

                /**
                 * Constructs a new PrivacyParams.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a PrivacyParams.
                 * @constructor
                 * @param {medmesh.tx.v1.PrivacyParams.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PrivacyParams = function (properties) {
                    this.featureBounds = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PrivacyParams clipNorm.
                 * @member {number} clipNorm
                 * @memberof medmesh.tx.v1.PrivacyParams
                 * @instance
                 */
                PrivacyParams.prototype.clipNorm = 0;

                /**
                 * PrivacyParams noiseMultiplier.
                 * @member {number} noiseMultiplier
                 * @memberof medmesh.tx.v1.PrivacyParams
                 * @instance
                 */
                PrivacyParams.prototype.noiseMultiplier = 0;

                /**
                 * PrivacyParams delta.
                 * @member {number} delta
                 * @memberof medmesh.tx.v1.PrivacyParams
                 * @instance
                 */
                PrivacyParams.prototype.delta = 0;

                /**
                 * PrivacyParams epsilonBudget.
                 * @member {number} epsilonBudget
                 * @memberof medmesh.tx.v1.PrivacyParams
                 * @instance
                 */
                PrivacyParams.prototype.epsilonBudget = 0;

                /**
                 * PrivacyParams sampleRate.
                 * @member {number} sampleRate
                 * @memberof medmesh.tx.v1.PrivacyParams
                 * @instance
                 */
                PrivacyParams.prototype.sampleRate = 0;

                /**
                 * PrivacyParams featureBounds.
                 * @member {Array.<medmesh.tx.v1.FeatureBound.$Properties>} featureBounds
                 * @memberof medmesh.tx.v1.PrivacyParams
                 * @instance
                 */
                PrivacyParams.prototype.featureBounds = $util.emptyArray;

                /**
                 * PrivacyParams statsNoiseMultiplier.
                 * @member {number} statsNoiseMultiplier
                 * @memberof medmesh.tx.v1.PrivacyParams
                 * @instance
                 */
                PrivacyParams.prototype.statsNoiseMultiplier = 0;

                /**
                 * PrivacyParams unit.
                 * @member {medmesh.tx.v1.PrivacyUnit} unit
                 * @memberof medmesh.tx.v1.PrivacyParams
                 * @instance
                 */
                PrivacyParams.prototype.unit = 0;

                /**
                 * Creates a new PrivacyParams instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.PrivacyParams
                 * @static
                 * @param {medmesh.tx.v1.PrivacyParams.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.PrivacyParams} PrivacyParams instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.PrivacyParams.$Shape): medmesh.tx.v1.PrivacyParams & medmesh.tx.v1.PrivacyParams.$Shape;
                 *   (properties?: medmesh.tx.v1.PrivacyParams.$Properties): medmesh.tx.v1.PrivacyParams;
                 * }}
                 */
                PrivacyParams.create = function(properties) {
                    return new PrivacyParams(properties);
                };

                /**
                 * Encodes the specified PrivacyParams message. Does not implicitly {@link medmesh.tx.v1.PrivacyParams.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.PrivacyParams
                 * @static
                 * @param {medmesh.tx.v1.PrivacyParams.$Properties} message PrivacyParams message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PrivacyParams.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.clipNorm != null && $Object.hasOwnProperty.call(message, "clipNorm") && !$Object.is(message.clipNorm, 0))
                        writer.uint32(/* id 1, wireType 1 =*/9).double(message.clipNorm);
                    if (message.noiseMultiplier != null && $Object.hasOwnProperty.call(message, "noiseMultiplier") && !$Object.is(message.noiseMultiplier, 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.noiseMultiplier);
                    if (message.delta != null && $Object.hasOwnProperty.call(message, "delta") && !$Object.is(message.delta, 0))
                        writer.uint32(/* id 3, wireType 1 =*/25).double(message.delta);
                    if (message.epsilonBudget != null && $Object.hasOwnProperty.call(message, "epsilonBudget") && !$Object.is(message.epsilonBudget, 0))
                        writer.uint32(/* id 4, wireType 1 =*/33).double(message.epsilonBudget);
                    if (message.sampleRate != null && $Object.hasOwnProperty.call(message, "sampleRate") && !$Object.is(message.sampleRate, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.sampleRate);
                    if (message.featureBounds != null && message.featureBounds.length)
                        for (let i = 0; i < message.featureBounds.length; ++i)
                            $root.medmesh.tx.v1.FeatureBound.encode(message.featureBounds[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.statsNoiseMultiplier != null && $Object.hasOwnProperty.call(message, "statsNoiseMultiplier") && !$Object.is(message.statsNoiseMultiplier, 0))
                        writer.uint32(/* id 7, wireType 1 =*/57).double(message.statsNoiseMultiplier);
                    if (message.unit != null && $Object.hasOwnProperty.call(message, "unit") && message.unit !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).int32(message.unit);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PrivacyParams message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.PrivacyParams
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.PrivacyParams & medmesh.tx.v1.PrivacyParams.$Shape} PrivacyParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PrivacyParams.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.PrivacyParams();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.clipNorm = value;
                                else
                                    delete message.clipNorm;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.noiseMultiplier = value;
                                else
                                    delete message.noiseMultiplier;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.delta = value;
                                else
                                    delete message.delta;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.epsilonBudget = value;
                                else
                                    delete message.epsilonBudget;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.sampleRate = value;
                                else
                                    delete message.sampleRate;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.featureBounds && message.featureBounds.length))
                                    message.featureBounds = [];
                                message.featureBounds.push($root.medmesh.tx.v1.FeatureBound.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 7: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.statsNoiseMultiplier = value;
                                else
                                    delete message.statsNoiseMultiplier;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.unit = value;
                                else
                                    delete message.unit;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for PrivacyParams
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.PrivacyParams
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PrivacyParams.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.PrivacyParams";
                };

                return PrivacyParams;
            })();

            /**
             * PrivacyUnit enum.
             * @name medmesh.tx.v1.PrivacyUnit
             * @enum {number}
             * @property {number} PRIVACY_UNIT_SITE=0 PRIVACY_UNIT_SITE value
             * @property {number} PRIVACY_UNIT_RECORD=1 PRIVACY_UNIT_RECORD value
             */
            v1.PrivacyUnit = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "PRIVACY_UNIT_SITE"] = 0;
                values[valuesById[1] = "PRIVACY_UNIT_RECORD"] = 1;
                return values;
            })();

            v1.FeatureBound = (function() {

                /**
                 * Properties of a FeatureBound.
                 * @typedef {Object} medmesh.tx.v1.FeatureBound.$Properties
                 * @property {number|null} [lo] FeatureBound lo
                 * @property {number|null} [hi] FeatureBound hi
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FeatureBound.
                 * @memberof medmesh.tx.v1
                 * @interface IFeatureBound
                 * @augments medmesh.tx.v1.FeatureBound.$Properties
                 * @deprecated Use medmesh.tx.v1.FeatureBound.$Properties instead.
                 */

                /**
                 * Shape of a FeatureBound.
                 * @typedef {medmesh.tx.v1.FeatureBound.$Properties} medmesh.tx.v1.FeatureBound.$Shape
                 */

                /**
                 * Constructs a new FeatureBound.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a FeatureBound.
                 * @constructor
                 * @param {medmesh.tx.v1.FeatureBound.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FeatureBound = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * FeatureBound lo.
                 * @member {number} lo
                 * @memberof medmesh.tx.v1.FeatureBound
                 * @instance
                 */
                FeatureBound.prototype.lo = 0;

                /**
                 * FeatureBound hi.
                 * @member {number} hi
                 * @memberof medmesh.tx.v1.FeatureBound
                 * @instance
                 */
                FeatureBound.prototype.hi = 0;

                /**
                 * Creates a new FeatureBound instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.FeatureBound
                 * @static
                 * @param {medmesh.tx.v1.FeatureBound.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.FeatureBound} FeatureBound instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.FeatureBound.$Shape): medmesh.tx.v1.FeatureBound & medmesh.tx.v1.FeatureBound.$Shape;
                 *   (properties?: medmesh.tx.v1.FeatureBound.$Properties): medmesh.tx.v1.FeatureBound;
                 * }}
                 */
                FeatureBound.create = function(properties) {
                    return new FeatureBound(properties);
                };

                /**
                 * Encodes the specified FeatureBound message. Does not implicitly {@link medmesh.tx.v1.FeatureBound.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.FeatureBound
                 * @static
                 * @param {medmesh.tx.v1.FeatureBound.$Properties} message FeatureBound message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FeatureBound.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.lo != null && $Object.hasOwnProperty.call(message, "lo") && !$Object.is(message.lo, 0))
                        writer.uint32(/* id 1, wireType 1 =*/9).double(message.lo);
                    if (message.hi != null && $Object.hasOwnProperty.call(message, "hi") && !$Object.is(message.hi, 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.hi);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a FeatureBound message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.FeatureBound
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.FeatureBound & medmesh.tx.v1.FeatureBound.$Shape} FeatureBound
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FeatureBound.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.FeatureBound();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.lo = value;
                                else
                                    delete message.lo;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.hi = value;
                                else
                                    delete message.hi;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for FeatureBound
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.FeatureBound
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                FeatureBound.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.FeatureBound";
                };

                return FeatureBound;
            })();

            v1.TrainingJob = (function() {

                /**
                 * Properties of a TrainingJob.
                 * @typedef {Object} medmesh.tx.v1.TrainingJob.$Properties
                 * @property {string|null} [title] TrainingJob title
                 * @property {medmesh.common.v1.Credential.$Properties|null} [researcher] TrainingJob researcher
                 * @property {Array.<medmesh.tx.v1.FeatureSpec.$Properties>|null} [features] TrainingJob features
                 * @property {medmesh.tx.v1.FeatureSpec.$Properties|null} [label] TrainingJob label
                 * @property {string|null} [labelPositive] TrainingJob labelPositive
                 * @property {string|null} [model] TrainingJob model
                 * @property {number|null} [rounds] TrainingJob rounds
                 * @property {number|null} [localEpochs] TrainingJob localEpochs
                 * @property {number|null} [batchSize] TrainingJob batchSize
                 * @property {number|null} [learningRate] TrainingJob learningRate
                 * @property {string|null} [strategy] TrainingJob strategy
                 * @property {number|null} [proximalMu] TrainingJob proximalMu
                 * @property {medmesh.tx.v1.PrivacyParams.$Properties|null} [privacy] TrainingJob privacy
                 * @property {number|null} [minParticipants] TrainingJob minParticipants
                 * @property {number|null} [roundDeadlineMs] TrainingJob roundDeadlineMs
                 * @property {string|null} [aggregation] TrainingJob aggregation
                 * @property {string|null} [table] TrainingJob table
                 * @property {number|null} [seed] TrainingJob seed
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TrainingJob.
                 * @memberof medmesh.tx.v1
                 * @interface ITrainingJob
                 * @augments medmesh.tx.v1.TrainingJob.$Properties
                 * @deprecated Use medmesh.tx.v1.TrainingJob.$Properties instead.
                 */

                /**
                 * Shape of a TrainingJob.
                 * @typedef {medmesh.tx.v1.TrainingJob.$Properties} medmesh.tx.v1.TrainingJob.$Shape
                 */

                /**
                 * Constructs a new TrainingJob.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a TrainingJob.
                 * @constructor
                 * @param {medmesh.tx.v1.TrainingJob.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TrainingJob = function (properties) {
                    this.features = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TrainingJob title.
                 * @member {string} title
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @instance
                 */
                TrainingJob.prototype.title = "";

                /**
                 * TrainingJob researcher.
                 * @member {medmesh.common.v1.Credential.$Properties|null|undefined} researcher
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @instance
                 */
                TrainingJob.prototype.researcher = null;

                /**
                 * TrainingJob features.
                 * @member {Array.<medmesh.tx.v1.FeatureSpec.$Properties>} features
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @instance
                 */
                TrainingJob.prototype.features = $util.emptyArray;

                /**
                 * TrainingJob label.
                 * @member {medmesh.tx.v1.FeatureSpec.$Properties|null|undefined} label
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @instance
                 */
                TrainingJob.prototype.label = null;

                /**
                 * TrainingJob labelPositive.
                 * @member {string} labelPositive
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @instance
                 */
                TrainingJob.prototype.labelPositive = "";

                /**
                 * TrainingJob model.
                 * @member {string} model
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @instance
                 */
                TrainingJob.prototype.model = "";

                /**
                 * TrainingJob rounds.
                 * @member {number} rounds
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @instance
                 */
                TrainingJob.prototype.rounds = 0;

                /**
                 * TrainingJob localEpochs.
                 * @member {number} localEpochs
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @instance
                 */
                TrainingJob.prototype.localEpochs = 0;

                /**
                 * TrainingJob batchSize.
                 * @member {number} batchSize
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @instance
                 */
                TrainingJob.prototype.batchSize = 0;

                /**
                 * TrainingJob learningRate.
                 * @member {number} learningRate
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @instance
                 */
                TrainingJob.prototype.learningRate = 0;

                /**
                 * TrainingJob strategy.
                 * @member {string} strategy
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @instance
                 */
                TrainingJob.prototype.strategy = "";

                /**
                 * TrainingJob proximalMu.
                 * @member {number} proximalMu
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @instance
                 */
                TrainingJob.prototype.proximalMu = 0;

                /**
                 * TrainingJob privacy.
                 * @member {medmesh.tx.v1.PrivacyParams.$Properties|null|undefined} privacy
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @instance
                 */
                TrainingJob.prototype.privacy = null;

                /**
                 * TrainingJob minParticipants.
                 * @member {number} minParticipants
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @instance
                 */
                TrainingJob.prototype.minParticipants = 0;

                /**
                 * TrainingJob roundDeadlineMs.
                 * @member {number} roundDeadlineMs
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @instance
                 */
                TrainingJob.prototype.roundDeadlineMs = 0;

                /**
                 * TrainingJob aggregation.
                 * @member {string} aggregation
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @instance
                 */
                TrainingJob.prototype.aggregation = "";

                /**
                 * TrainingJob table.
                 * @member {string} table
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @instance
                 */
                TrainingJob.prototype.table = "";

                /**
                 * TrainingJob seed.
                 * @member {number} seed
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @instance
                 */
                TrainingJob.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new TrainingJob instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @static
                 * @param {medmesh.tx.v1.TrainingJob.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.TrainingJob} TrainingJob instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.TrainingJob.$Shape): medmesh.tx.v1.TrainingJob & medmesh.tx.v1.TrainingJob.$Shape;
                 *   (properties?: medmesh.tx.v1.TrainingJob.$Properties): medmesh.tx.v1.TrainingJob;
                 * }}
                 */
                TrainingJob.create = function(properties) {
                    return new TrainingJob(properties);
                };

                /**
                 * Encodes the specified TrainingJob message. Does not implicitly {@link medmesh.tx.v1.TrainingJob.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @static
                 * @param {medmesh.tx.v1.TrainingJob.$Properties} message TrainingJob message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TrainingJob.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.title);
                    if (message.researcher != null && $Object.hasOwnProperty.call(message, "researcher"))
                        $root.medmesh.common.v1.Credential.encode(message.researcher, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.features != null && message.features.length)
                        for (let i = 0; i < message.features.length; ++i)
                            $root.medmesh.tx.v1.FeatureSpec.encode(message.features[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                        $root.medmesh.tx.v1.FeatureSpec.encode(message.label, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.labelPositive != null && $Object.hasOwnProperty.call(message, "labelPositive") && message.labelPositive !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.labelPositive);
                    if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.model);
                    if (message.rounds != null && $Object.hasOwnProperty.call(message, "rounds") && message.rounds !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.rounds);
                    if (message.localEpochs != null && $Object.hasOwnProperty.call(message, "localEpochs") && message.localEpochs !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.localEpochs);
                    if (message.batchSize != null && $Object.hasOwnProperty.call(message, "batchSize") && message.batchSize !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.batchSize);
                    if (message.learningRate != null && $Object.hasOwnProperty.call(message, "learningRate") && !$Object.is(message.learningRate, 0))
                        writer.uint32(/* id 10, wireType 1 =*/81).double(message.learningRate);
                    if (message.strategy != null && $Object.hasOwnProperty.call(message, "strategy") && message.strategy !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.strategy);
                    if (message.proximalMu != null && $Object.hasOwnProperty.call(message, "proximalMu") && !$Object.is(message.proximalMu, 0))
                        writer.uint32(/* id 12, wireType 1 =*/97).double(message.proximalMu);
                    if (message.privacy != null && $Object.hasOwnProperty.call(message, "privacy"))
                        $root.medmesh.tx.v1.PrivacyParams.encode(message.privacy, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.minParticipants != null && $Object.hasOwnProperty.call(message, "minParticipants") && message.minParticipants !== 0)
                        writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.minParticipants);
                    if (message.roundDeadlineMs != null && $Object.hasOwnProperty.call(message, "roundDeadlineMs") && message.roundDeadlineMs !== 0)
                        writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.roundDeadlineMs);
                    if (message.aggregation != null && $Object.hasOwnProperty.call(message, "aggregation") && message.aggregation !== "")
                        writer.uint32(/* id 16, wireType 2 =*/130).string(message.aggregation);
                    if (message.table != null && $Object.hasOwnProperty.call(message, "table") && message.table !== "")
                        writer.uint32(/* id 17, wireType 2 =*/138).string(message.table);
                    if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && (typeof message.seed === "object" ? message.seed.low || message.seed.high : message.seed !== 0))
                        writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.seed);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TrainingJob message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.TrainingJob & medmesh.tx.v1.TrainingJob.$Shape} TrainingJob
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TrainingJob.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.TrainingJob();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.title = value;
                                else
                                    delete message.title;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.researcher = $root.medmesh.common.v1.Credential.decode(reader, reader.size(), $undefined, _depth + 1, message.researcher);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.features && message.features.length))
                                    message.features = [];
                                message.features.push($root.medmesh.tx.v1.FeatureSpec.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.label = $root.medmesh.tx.v1.FeatureSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.label);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.labelPositive = value;
                                else
                                    delete message.labelPositive;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.model = value;
                                else
                                    delete message.model;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.rounds = value;
                                else
                                    delete message.rounds;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.localEpochs = value;
                                else
                                    delete message.localEpochs;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.batchSize = value;
                                else
                                    delete message.batchSize;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.learningRate = value;
                                else
                                    delete message.learningRate;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.strategy = value;
                                else
                                    delete message.strategy;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.proximalMu = value;
                                else
                                    delete message.proximalMu;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                message.privacy = $root.medmesh.tx.v1.PrivacyParams.decode(reader, reader.size(), $undefined, _depth + 1, message.privacy);
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.minParticipants = value;
                                else
                                    delete message.minParticipants;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.roundDeadlineMs = value;
                                else
                                    delete message.roundDeadlineMs;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.aggregation = value;
                                else
                                    delete message.aggregation;
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.table = value;
                                else
                                    delete message.table;
                                continue;
                            }
                        case 18: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.seed = value;
                                else
                                    delete message.seed;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for TrainingJob
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.TrainingJob
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TrainingJob.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.TrainingJob";
                };

                return TrainingJob;
            })();

            v1.TrainingJobPropose = (function() {

                /**
                 * Properties of a TrainingJobPropose.
                 * @typedef {Object} medmesh.tx.v1.TrainingJobPropose.$Properties
                 * @property {medmesh.tx.v1.TrainingJob.$Properties|null} [job] TrainingJobPropose job
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TrainingJobPropose.
                 * @memberof medmesh.tx.v1
                 * @interface ITrainingJobPropose
                 * @augments medmesh.tx.v1.TrainingJobPropose.$Properties
                 * @deprecated Use medmesh.tx.v1.TrainingJobPropose.$Properties instead.
                 */

                /**
                 * Shape of a TrainingJobPropose.
                 * @typedef {medmesh.tx.v1.TrainingJobPropose.$Properties} medmesh.tx.v1.TrainingJobPropose.$Shape
                 */

                /**
                 * Constructs a new TrainingJobPropose.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a TrainingJobPropose.
                 * @constructor
                 * @param {medmesh.tx.v1.TrainingJobPropose.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TrainingJobPropose = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TrainingJobPropose job.
                 * @member {medmesh.tx.v1.TrainingJob.$Properties|null|undefined} job
                 * @memberof medmesh.tx.v1.TrainingJobPropose
                 * @instance
                 */
                TrainingJobPropose.prototype.job = null;

                /**
                 * Creates a new TrainingJobPropose instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.TrainingJobPropose
                 * @static
                 * @param {medmesh.tx.v1.TrainingJobPropose.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.TrainingJobPropose} TrainingJobPropose instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.TrainingJobPropose.$Shape): medmesh.tx.v1.TrainingJobPropose & medmesh.tx.v1.TrainingJobPropose.$Shape;
                 *   (properties?: medmesh.tx.v1.TrainingJobPropose.$Properties): medmesh.tx.v1.TrainingJobPropose;
                 * }}
                 */
                TrainingJobPropose.create = function(properties) {
                    return new TrainingJobPropose(properties);
                };

                /**
                 * Encodes the specified TrainingJobPropose message. Does not implicitly {@link medmesh.tx.v1.TrainingJobPropose.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.TrainingJobPropose
                 * @static
                 * @param {medmesh.tx.v1.TrainingJobPropose.$Properties} message TrainingJobPropose message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TrainingJobPropose.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
                        $root.medmesh.tx.v1.TrainingJob.encode(message.job, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TrainingJobPropose message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.TrainingJobPropose
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.TrainingJobPropose & medmesh.tx.v1.TrainingJobPropose.$Shape} TrainingJobPropose
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TrainingJobPropose.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.TrainingJobPropose();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.job = $root.medmesh.tx.v1.TrainingJob.decode(reader, reader.size(), $undefined, _depth + 1, message.job);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for TrainingJobPropose
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.TrainingJobPropose
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TrainingJobPropose.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.TrainingJobPropose";
                };

                return TrainingJobPropose;
            })();

            v1.TrainingJobApprove = (function() {

                /**
                 * Properties of a TrainingJobApprove.
                 * @typedef {Object} medmesh.tx.v1.TrainingJobApprove.$Properties
                 * @property {Uint8Array|null} [jobId] TrainingJobApprove jobId
                 * @property {boolean|null} [approve] TrainingJobApprove approve
                 * @property {string|null} [reason] TrainingJobApprove reason
                 * @property {number|null} [consentingPatients] TrainingJobApprove consentingPatients
                 * @property {Uint8Array|null} [consentSnapshotHash] TrainingJobApprove consentSnapshotHash
                 * @property {Uint8Array|null} [maskKey] TrainingJobApprove maskKey
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TrainingJobApprove.
                 * @memberof medmesh.tx.v1
                 * @interface ITrainingJobApprove
                 * @augments medmesh.tx.v1.TrainingJobApprove.$Properties
                 * @deprecated Use medmesh.tx.v1.TrainingJobApprove.$Properties instead.
                 */

                /**
                 * Shape of a TrainingJobApprove.
                 * @typedef {medmesh.tx.v1.TrainingJobApprove.$Properties} medmesh.tx.v1.TrainingJobApprove.$Shape
                 */

                /**
                 * Constructs a new TrainingJobApprove.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a TrainingJobApprove.
                 * @constructor
                 * @param {medmesh.tx.v1.TrainingJobApprove.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TrainingJobApprove = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TrainingJobApprove jobId.
                 * @member {Uint8Array} jobId
                 * @memberof medmesh.tx.v1.TrainingJobApprove
                 * @instance
                 */
                TrainingJobApprove.prototype.jobId = $util.newBuffer([]);

                /**
                 * TrainingJobApprove approve.
                 * @member {boolean} approve
                 * @memberof medmesh.tx.v1.TrainingJobApprove
                 * @instance
                 */
                TrainingJobApprove.prototype.approve = false;

                /**
                 * TrainingJobApprove reason.
                 * @member {string} reason
                 * @memberof medmesh.tx.v1.TrainingJobApprove
                 * @instance
                 */
                TrainingJobApprove.prototype.reason = "";

                /**
                 * TrainingJobApprove consentingPatients.
                 * @member {number} consentingPatients
                 * @memberof medmesh.tx.v1.TrainingJobApprove
                 * @instance
                 */
                TrainingJobApprove.prototype.consentingPatients = 0;

                /**
                 * TrainingJobApprove consentSnapshotHash.
                 * @member {Uint8Array} consentSnapshotHash
                 * @memberof medmesh.tx.v1.TrainingJobApprove
                 * @instance
                 */
                TrainingJobApprove.prototype.consentSnapshotHash = $util.newBuffer([]);

                /**
                 * TrainingJobApprove maskKey.
                 * @member {Uint8Array} maskKey
                 * @memberof medmesh.tx.v1.TrainingJobApprove
                 * @instance
                 */
                TrainingJobApprove.prototype.maskKey = $util.newBuffer([]);

                /**
                 * Creates a new TrainingJobApprove instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.TrainingJobApprove
                 * @static
                 * @param {medmesh.tx.v1.TrainingJobApprove.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.TrainingJobApprove} TrainingJobApprove instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.TrainingJobApprove.$Shape): medmesh.tx.v1.TrainingJobApprove & medmesh.tx.v1.TrainingJobApprove.$Shape;
                 *   (properties?: medmesh.tx.v1.TrainingJobApprove.$Properties): medmesh.tx.v1.TrainingJobApprove;
                 * }}
                 */
                TrainingJobApprove.create = function(properties) {
                    return new TrainingJobApprove(properties);
                };

                /**
                 * Encodes the specified TrainingJobApprove message. Does not implicitly {@link medmesh.tx.v1.TrainingJobApprove.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.TrainingJobApprove
                 * @static
                 * @param {medmesh.tx.v1.TrainingJobApprove.$Properties} message TrainingJobApprove message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TrainingJobApprove.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.jobId);
                    if (message.approve != null && $Object.hasOwnProperty.call(message, "approve") && message.approve !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.approve);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                    if (message.consentingPatients != null && $Object.hasOwnProperty.call(message, "consentingPatients") && message.consentingPatients !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.consentingPatients);
                    if (message.consentSnapshotHash != null && $Object.hasOwnProperty.call(message, "consentSnapshotHash") && message.consentSnapshotHash.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.consentSnapshotHash);
                    if (message.maskKey != null && $Object.hasOwnProperty.call(message, "maskKey") && message.maskKey.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.maskKey);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TrainingJobApprove message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.TrainingJobApprove
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.TrainingJobApprove & medmesh.tx.v1.TrainingJobApprove.$Shape} TrainingJobApprove
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TrainingJobApprove.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.TrainingJobApprove();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.approve = value;
                                else
                                    delete message.approve;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.consentingPatients = value;
                                else
                                    delete message.consentingPatients;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.consentSnapshotHash = value;
                                else
                                    delete message.consentSnapshotHash;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.maskKey = value;
                                else
                                    delete message.maskKey;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for TrainingJobApprove
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.TrainingJobApprove
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TrainingJobApprove.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.TrainingJobApprove";
                };

                return TrainingJobApprove;
            })();

            v1.TrainingRoster = (function() {

                /**
                 * Properties of a TrainingRoster.
                 * @typedef {Object} medmesh.tx.v1.TrainingRoster.$Properties
                 * @property {Uint8Array|null} [jobId] TrainingRoster jobId
                 * @property {number|null} [round] TrainingRoster round
                 * @property {number|null} [attempt] TrainingRoster attempt
                 * @property {Array.<string>|null} [orgs] TrainingRoster orgs
                 * @property {Array.<Uint8Array>|null} [maskKeys] TrainingRoster maskKeys
                 * @property {string|null} [aggregatorOrg] TrainingRoster aggregatorOrg
                 * @property {Uint8Array|null} [hePublicKeyHash] TrainingRoster hePublicKeyHash
                 * @property {number|null} [deadline] TrainingRoster deadline
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TrainingRoster.
                 * @memberof medmesh.tx.v1
                 * @interface ITrainingRoster
                 * @augments medmesh.tx.v1.TrainingRoster.$Properties
                 * @deprecated Use medmesh.tx.v1.TrainingRoster.$Properties instead.
                 */

                /**
                 * Shape of a TrainingRoster.
                 * @typedef {medmesh.tx.v1.TrainingRoster.$Properties} medmesh.tx.v1.TrainingRoster.$Shape
                 */

                /**
                 * Constructs a new TrainingRoster.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a TrainingRoster.
                 * @constructor
                 * @param {medmesh.tx.v1.TrainingRoster.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TrainingRoster = function (properties) {
                    this.orgs = [];
                    this.maskKeys = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TrainingRoster jobId.
                 * @member {Uint8Array} jobId
                 * @memberof medmesh.tx.v1.TrainingRoster
                 * @instance
                 */
                TrainingRoster.prototype.jobId = $util.newBuffer([]);

                /**
                 * TrainingRoster round.
                 * @member {number} round
                 * @memberof medmesh.tx.v1.TrainingRoster
                 * @instance
                 */
                TrainingRoster.prototype.round = 0;

                /**
                 * TrainingRoster attempt.
                 * @member {number} attempt
                 * @memberof medmesh.tx.v1.TrainingRoster
                 * @instance
                 */
                TrainingRoster.prototype.attempt = 0;

                /**
                 * TrainingRoster orgs.
                 * @member {Array.<string>} orgs
                 * @memberof medmesh.tx.v1.TrainingRoster
                 * @instance
                 */
                TrainingRoster.prototype.orgs = $util.emptyArray;

                /**
                 * TrainingRoster maskKeys.
                 * @member {Array.<Uint8Array>} maskKeys
                 * @memberof medmesh.tx.v1.TrainingRoster
                 * @instance
                 */
                TrainingRoster.prototype.maskKeys = $util.emptyArray;

                /**
                 * TrainingRoster aggregatorOrg.
                 * @member {string} aggregatorOrg
                 * @memberof medmesh.tx.v1.TrainingRoster
                 * @instance
                 */
                TrainingRoster.prototype.aggregatorOrg = "";

                /**
                 * TrainingRoster hePublicKeyHash.
                 * @member {Uint8Array} hePublicKeyHash
                 * @memberof medmesh.tx.v1.TrainingRoster
                 * @instance
                 */
                TrainingRoster.prototype.hePublicKeyHash = $util.newBuffer([]);

                /**
                 * TrainingRoster deadline.
                 * @member {number} deadline
                 * @memberof medmesh.tx.v1.TrainingRoster
                 * @instance
                 */
                TrainingRoster.prototype.deadline = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new TrainingRoster instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.TrainingRoster
                 * @static
                 * @param {medmesh.tx.v1.TrainingRoster.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.TrainingRoster} TrainingRoster instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.TrainingRoster.$Shape): medmesh.tx.v1.TrainingRoster & medmesh.tx.v1.TrainingRoster.$Shape;
                 *   (properties?: medmesh.tx.v1.TrainingRoster.$Properties): medmesh.tx.v1.TrainingRoster;
                 * }}
                 */
                TrainingRoster.create = function(properties) {
                    return new TrainingRoster(properties);
                };

                /**
                 * Encodes the specified TrainingRoster message. Does not implicitly {@link medmesh.tx.v1.TrainingRoster.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.TrainingRoster
                 * @static
                 * @param {medmesh.tx.v1.TrainingRoster.$Properties} message TrainingRoster message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TrainingRoster.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.jobId);
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                    if (message.orgs != null && message.orgs.length)
                        for (let i = 0; i < message.orgs.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.orgs[i]);
                    if (message.maskKeys != null && message.maskKeys.length)
                        for (let i = 0; i < message.maskKeys.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.maskKeys[i]);
                    if (message.aggregatorOrg != null && $Object.hasOwnProperty.call(message, "aggregatorOrg") && message.aggregatorOrg !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.aggregatorOrg);
                    if (message.hePublicKeyHash != null && $Object.hasOwnProperty.call(message, "hePublicKeyHash") && message.hePublicKeyHash.length)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.hePublicKeyHash);
                    if (message.deadline != null && $Object.hasOwnProperty.call(message, "deadline") && (typeof message.deadline === "object" ? message.deadline.low || message.deadline.high : message.deadline !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.deadline);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TrainingRoster message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.TrainingRoster
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.TrainingRoster & medmesh.tx.v1.TrainingRoster.$Shape} TrainingRoster
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TrainingRoster.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.TrainingRoster();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.round = value;
                                else
                                    delete message.round;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.attempt = value;
                                else
                                    delete message.attempt;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.orgs && message.orgs.length))
                                    message.orgs = [];
                                message.orgs.push(reader.stringVerify());
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.maskKeys && message.maskKeys.length))
                                    message.maskKeys = [];
                                message.maskKeys.push(reader.bytes());
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.aggregatorOrg = value;
                                else
                                    delete message.aggregatorOrg;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.hePublicKeyHash = value;
                                else
                                    delete message.hePublicKeyHash;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.deadline = value;
                                else
                                    delete message.deadline;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for TrainingRoster
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.TrainingRoster
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TrainingRoster.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.TrainingRoster";
                };

                return TrainingRoster;
            })();

            v1.TrainingRound = (function() {

                /**
                 * Properties of a TrainingRound.
                 * @typedef {Object} medmesh.tx.v1.TrainingRound.$Properties
                 * @property {Uint8Array|null} [jobId] TrainingRound jobId
                 * @property {number|null} [round] TrainingRound round
                 * @property {number|null} [attempt] TrainingRound attempt
                 * @property {Array.<string>|null} [orgs] TrainingRound orgs
                 * @property {Array.<Uint8Array>|null} [updateHashes] TrainingRound updateHashes
                 * @property {Uint8Array|null} [aggregateHash] TrainingRound aggregateHash
                 * @property {Array.<number>|null} [exampleCounts] TrainingRound exampleCounts
                 * @property {number|null} [epsilonSpent] TrainingRound epsilonSpent
                 * @property {Uint8Array|null} [globalModelHash] TrainingRound globalModelHash
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TrainingRound.
                 * @memberof medmesh.tx.v1
                 * @interface ITrainingRound
                 * @augments medmesh.tx.v1.TrainingRound.$Properties
                 * @deprecated Use medmesh.tx.v1.TrainingRound.$Properties instead.
                 */

                /**
                 * Shape of a TrainingRound.
                 * @typedef {medmesh.tx.v1.TrainingRound.$Properties} medmesh.tx.v1.TrainingRound.$Shape
                 */

                /**
                 * Constructs a new TrainingRound.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a TrainingRound.
                 * @constructor
                 * @param {medmesh.tx.v1.TrainingRound.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TrainingRound = function (properties) {
                    this.orgs = [];
                    this.updateHashes = [];
                    this.exampleCounts = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TrainingRound jobId.
                 * @member {Uint8Array} jobId
                 * @memberof medmesh.tx.v1.TrainingRound
                 * @instance
                 */
                TrainingRound.prototype.jobId = $util.newBuffer([]);

                /**
                 * TrainingRound round.
                 * @member {number} round
                 * @memberof medmesh.tx.v1.TrainingRound
                 * @instance
                 */
                TrainingRound.prototype.round = 0;

                /**
                 * TrainingRound attempt.
                 * @member {number} attempt
                 * @memberof medmesh.tx.v1.TrainingRound
                 * @instance
                 */
                TrainingRound.prototype.attempt = 0;

                /**
                 * TrainingRound orgs.
                 * @member {Array.<string>} orgs
                 * @memberof medmesh.tx.v1.TrainingRound
                 * @instance
                 */
                TrainingRound.prototype.orgs = $util.emptyArray;

                /**
                 * TrainingRound updateHashes.
                 * @member {Array.<Uint8Array>} updateHashes
                 * @memberof medmesh.tx.v1.TrainingRound
                 * @instance
                 */
                TrainingRound.prototype.updateHashes = $util.emptyArray;

                /**
                 * TrainingRound aggregateHash.
                 * @member {Uint8Array} aggregateHash
                 * @memberof medmesh.tx.v1.TrainingRound
                 * @instance
                 */
                TrainingRound.prototype.aggregateHash = $util.newBuffer([]);

                /**
                 * TrainingRound exampleCounts.
                 * @member {Array.<number>} exampleCounts
                 * @memberof medmesh.tx.v1.TrainingRound
                 * @instance
                 */
                TrainingRound.prototype.exampleCounts = $util.emptyArray;

                /**
                 * TrainingRound epsilonSpent.
                 * @member {number} epsilonSpent
                 * @memberof medmesh.tx.v1.TrainingRound
                 * @instance
                 */
                TrainingRound.prototype.epsilonSpent = 0;

                /**
                 * TrainingRound globalModelHash.
                 * @member {Uint8Array} globalModelHash
                 * @memberof medmesh.tx.v1.TrainingRound
                 * @instance
                 */
                TrainingRound.prototype.globalModelHash = $util.newBuffer([]);

                /**
                 * Creates a new TrainingRound instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.TrainingRound
                 * @static
                 * @param {medmesh.tx.v1.TrainingRound.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.TrainingRound} TrainingRound instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.TrainingRound.$Shape): medmesh.tx.v1.TrainingRound & medmesh.tx.v1.TrainingRound.$Shape;
                 *   (properties?: medmesh.tx.v1.TrainingRound.$Properties): medmesh.tx.v1.TrainingRound;
                 * }}
                 */
                TrainingRound.create = function(properties) {
                    return new TrainingRound(properties);
                };

                /**
                 * Encodes the specified TrainingRound message. Does not implicitly {@link medmesh.tx.v1.TrainingRound.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.TrainingRound
                 * @static
                 * @param {medmesh.tx.v1.TrainingRound.$Properties} message TrainingRound message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TrainingRound.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.jobId);
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                    if (message.orgs != null && message.orgs.length)
                        for (let i = 0; i < message.orgs.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.orgs[i]);
                    if (message.updateHashes != null && message.updateHashes.length)
                        for (let i = 0; i < message.updateHashes.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.updateHashes[i]);
                    if (message.aggregateHash != null && $Object.hasOwnProperty.call(message, "aggregateHash") && message.aggregateHash.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.aggregateHash);
                    if (message.exampleCounts != null && message.exampleCounts.length)
                        writer.uint32(/* id 7, wireType 2 =*/58).uint32s(message.exampleCounts);
                    if (message.epsilonSpent != null && $Object.hasOwnProperty.call(message, "epsilonSpent") && !$Object.is(message.epsilonSpent, 0))
                        writer.uint32(/* id 8, wireType 1 =*/65).double(message.epsilonSpent);
                    if (message.globalModelHash != null && $Object.hasOwnProperty.call(message, "globalModelHash") && message.globalModelHash.length)
                        writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.globalModelHash);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TrainingRound message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.TrainingRound
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.TrainingRound & medmesh.tx.v1.TrainingRound.$Shape} TrainingRound
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TrainingRound.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.TrainingRound();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.round = value;
                                else
                                    delete message.round;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.attempt = value;
                                else
                                    delete message.attempt;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.orgs && message.orgs.length))
                                    message.orgs = [];
                                message.orgs.push(reader.stringVerify());
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.updateHashes && message.updateHashes.length))
                                    message.updateHashes = [];
                                message.updateHashes.push(reader.bytes());
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.aggregateHash = value;
                                else
                                    delete message.aggregateHash;
                                continue;
                            }
                        case 7: {
                                if (wireType === 2) {
                                    if (!(message.exampleCounts && message.exampleCounts.length))
                                        message.exampleCounts = [];
                                    reader.uint32s(message.exampleCounts);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.exampleCounts && message.exampleCounts.length))
                                    message.exampleCounts = [];
                                message.exampleCounts.push(reader.uint32());
                                continue;
                            }
                        case 8: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.epsilonSpent = value;
                                else
                                    delete message.epsilonSpent;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.globalModelHash = value;
                                else
                                    delete message.globalModelHash;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for TrainingRound
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.TrainingRound
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TrainingRound.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.TrainingRound";
                };

                return TrainingRound;
            })();

            v1.TrainingComplete = (function() {

                /**
                 * Properties of a TrainingComplete.
                 * @typedef {Object} medmesh.tx.v1.TrainingComplete.$Properties
                 * @property {Uint8Array|null} [jobId] TrainingComplete jobId
                 * @property {Uint8Array|null} [modelHash] TrainingComplete modelHash
                 * @property {number|null} [rounds] TrainingComplete rounds
                 * @property {number|null} [epsilonSpent] TrainingComplete epsilonSpent
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TrainingComplete.
                 * @memberof medmesh.tx.v1
                 * @interface ITrainingComplete
                 * @augments medmesh.tx.v1.TrainingComplete.$Properties
                 * @deprecated Use medmesh.tx.v1.TrainingComplete.$Properties instead.
                 */

                /**
                 * Shape of a TrainingComplete.
                 * @typedef {medmesh.tx.v1.TrainingComplete.$Properties} medmesh.tx.v1.TrainingComplete.$Shape
                 */

                /**
                 * Constructs a new TrainingComplete.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a TrainingComplete.
                 * @constructor
                 * @param {medmesh.tx.v1.TrainingComplete.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TrainingComplete = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TrainingComplete jobId.
                 * @member {Uint8Array} jobId
                 * @memberof medmesh.tx.v1.TrainingComplete
                 * @instance
                 */
                TrainingComplete.prototype.jobId = $util.newBuffer([]);

                /**
                 * TrainingComplete modelHash.
                 * @member {Uint8Array} modelHash
                 * @memberof medmesh.tx.v1.TrainingComplete
                 * @instance
                 */
                TrainingComplete.prototype.modelHash = $util.newBuffer([]);

                /**
                 * TrainingComplete rounds.
                 * @member {number} rounds
                 * @memberof medmesh.tx.v1.TrainingComplete
                 * @instance
                 */
                TrainingComplete.prototype.rounds = 0;

                /**
                 * TrainingComplete epsilonSpent.
                 * @member {number} epsilonSpent
                 * @memberof medmesh.tx.v1.TrainingComplete
                 * @instance
                 */
                TrainingComplete.prototype.epsilonSpent = 0;

                /**
                 * Creates a new TrainingComplete instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.TrainingComplete
                 * @static
                 * @param {medmesh.tx.v1.TrainingComplete.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.TrainingComplete} TrainingComplete instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.TrainingComplete.$Shape): medmesh.tx.v1.TrainingComplete & medmesh.tx.v1.TrainingComplete.$Shape;
                 *   (properties?: medmesh.tx.v1.TrainingComplete.$Properties): medmesh.tx.v1.TrainingComplete;
                 * }}
                 */
                TrainingComplete.create = function(properties) {
                    return new TrainingComplete(properties);
                };

                /**
                 * Encodes the specified TrainingComplete message. Does not implicitly {@link medmesh.tx.v1.TrainingComplete.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.TrainingComplete
                 * @static
                 * @param {medmesh.tx.v1.TrainingComplete.$Properties} message TrainingComplete message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TrainingComplete.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.jobId);
                    if (message.modelHash != null && $Object.hasOwnProperty.call(message, "modelHash") && message.modelHash.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.modelHash);
                    if (message.rounds != null && $Object.hasOwnProperty.call(message, "rounds") && message.rounds !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.rounds);
                    if (message.epsilonSpent != null && $Object.hasOwnProperty.call(message, "epsilonSpent") && !$Object.is(message.epsilonSpent, 0))
                        writer.uint32(/* id 4, wireType 1 =*/33).double(message.epsilonSpent);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TrainingComplete message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.TrainingComplete
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.TrainingComplete & medmesh.tx.v1.TrainingComplete.$Shape} TrainingComplete
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TrainingComplete.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.TrainingComplete();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.modelHash = value;
                                else
                                    delete message.modelHash;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.rounds = value;
                                else
                                    delete message.rounds;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.epsilonSpent = value;
                                else
                                    delete message.epsilonSpent;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for TrainingComplete
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.TrainingComplete
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TrainingComplete.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.TrainingComplete";
                };

                return TrainingComplete;
            })();

            v1.DuplicateVoteEvidence = (function() {

                /**
                 * Properties of a DuplicateVoteEvidence.
                 * @typedef {Object} medmesh.tx.v1.DuplicateVoteEvidence.$Properties
                 * @property {medmesh.consensus.v1.Vote.$Properties|null} [voteA] DuplicateVoteEvidence voteA
                 * @property {medmesh.consensus.v1.Vote.$Properties|null} [voteB] DuplicateVoteEvidence voteB
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DuplicateVoteEvidence.
                 * @memberof medmesh.tx.v1
                 * @interface IDuplicateVoteEvidence
                 * @augments medmesh.tx.v1.DuplicateVoteEvidence.$Properties
                 * @deprecated Use medmesh.tx.v1.DuplicateVoteEvidence.$Properties instead.
                 */

                /**
                 * Shape of a DuplicateVoteEvidence.
                 * @typedef {medmesh.tx.v1.DuplicateVoteEvidence.$Properties} medmesh.tx.v1.DuplicateVoteEvidence.$Shape
                 */

                /**
                 * Constructs a new DuplicateVoteEvidence.
                 * @memberof medmesh.tx.v1
                 * @classdesc Represents a DuplicateVoteEvidence.
                 * @constructor
                 * @param {medmesh.tx.v1.DuplicateVoteEvidence.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DuplicateVoteEvidence = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DuplicateVoteEvidence voteA.
                 * @member {medmesh.consensus.v1.Vote.$Properties|null|undefined} voteA
                 * @memberof medmesh.tx.v1.DuplicateVoteEvidence
                 * @instance
                 */
                DuplicateVoteEvidence.prototype.voteA = null;

                /**
                 * DuplicateVoteEvidence voteB.
                 * @member {medmesh.consensus.v1.Vote.$Properties|null|undefined} voteB
                 * @memberof medmesh.tx.v1.DuplicateVoteEvidence
                 * @instance
                 */
                DuplicateVoteEvidence.prototype.voteB = null;

                /**
                 * Creates a new DuplicateVoteEvidence instance using the specified properties.
                 * @function create
                 * @memberof medmesh.tx.v1.DuplicateVoteEvidence
                 * @static
                 * @param {medmesh.tx.v1.DuplicateVoteEvidence.$Properties=} [properties] Properties to set
                 * @returns {medmesh.tx.v1.DuplicateVoteEvidence} DuplicateVoteEvidence instance
                 * @type {{
                 *   (properties: medmesh.tx.v1.DuplicateVoteEvidence.$Shape): medmesh.tx.v1.DuplicateVoteEvidence & medmesh.tx.v1.DuplicateVoteEvidence.$Shape;
                 *   (properties?: medmesh.tx.v1.DuplicateVoteEvidence.$Properties): medmesh.tx.v1.DuplicateVoteEvidence;
                 * }}
                 */
                DuplicateVoteEvidence.create = function(properties) {
                    return new DuplicateVoteEvidence(properties);
                };

                /**
                 * Encodes the specified DuplicateVoteEvidence message. Does not implicitly {@link medmesh.tx.v1.DuplicateVoteEvidence.verify|verify} messages.
                 * @function encode
                 * @memberof medmesh.tx.v1.DuplicateVoteEvidence
                 * @static
                 * @param {medmesh.tx.v1.DuplicateVoteEvidence.$Properties} message DuplicateVoteEvidence message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DuplicateVoteEvidence.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.voteA != null && $Object.hasOwnProperty.call(message, "voteA"))
                        $root.medmesh.consensus.v1.Vote.encode(message.voteA, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.voteB != null && $Object.hasOwnProperty.call(message, "voteB"))
                        $root.medmesh.consensus.v1.Vote.encode(message.voteB, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a DuplicateVoteEvidence message from the specified reader or buffer.
                 * @function decode
                 * @memberof medmesh.tx.v1.DuplicateVoteEvidence
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {medmesh.tx.v1.DuplicateVoteEvidence & medmesh.tx.v1.DuplicateVoteEvidence.$Shape} DuplicateVoteEvidence
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DuplicateVoteEvidence.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.medmesh.tx.v1.DuplicateVoteEvidence();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.voteA = $root.medmesh.consensus.v1.Vote.decode(reader, reader.size(), $undefined, _depth + 1, message.voteA);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.voteB = $root.medmesh.consensus.v1.Vote.decode(reader, reader.size(), $undefined, _depth + 1, message.voteB);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for DuplicateVoteEvidence
                 * @function getTypeUrl
                 * @memberof medmesh.tx.v1.DuplicateVoteEvidence
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DuplicateVoteEvidence.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/medmesh.tx.v1.DuplicateVoteEvidence";
                };

                return DuplicateVoteEvidence;
            })();

            return v1;
        })();

        return tx;
    })();

    return medmesh;
})();

export {
  $root as default
};
