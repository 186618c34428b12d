// uint64 fields decode as JS numbers, not Long objects: heights, rounds and millisecond times all
// fit below 2^53, and validateBasic rejects anything that does not. Must be imported before gen/.
import $protobuf from "protobufjs/minimal.js"

$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long
$protobuf.configure()
