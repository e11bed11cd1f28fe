/// A frozen open-addressing hash map from 64-bit keys (syllable keys, n-gram and phrase hashes)
/// to small values, for the segmentation hot path: one multiply, then a linear probe over a
/// power-of-two array. No per-lookup allocation; built once at start-up.
///
/// Invariant: key 0 marks an empty slot, so stored keys are remapped with `stored(_:)`.
public struct KeyTable<Value: BitwiseCopyable & Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private let shift: UInt64
    private let mask: Int
    public private(set) var count = 0

    /// An empty table with room for `capacity` keys at a load factor of at most 1/2.
    public init(capacity: Int, filler: Value) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: filler, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always)
    static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 0x5bd1e995 : key }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Inserts or replaces. The table never grows: size it with `init(capacity:)`.
    public mutating func insert(_ key: UInt64, _ value: Value) {
        let k = Self.stored(key)
        var i = slot(k)
        while true {
            if keys[i] == 0 {
                precondition(count < (mask + 1) / 2 + 1, "KeyTable over capacity")
                keys[i] = k; values[i] = value; count += 1; return
            }
            if keys[i] == k { values[i] = value; return }
            i = (i + 1) & mask
        }
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    public func get(_ key: UInt64) -> Value? {
        let k = Self.stored(key)
        var i = slot(k)
        return keys.withUnsafeBufferPointer { kp in
            while true {
                let x = kp[i]
                if x == k { return values[i] }
                if x == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    /// Calls `body` for every stored (key, value), in slot order.
    public func forEach(_ body: (UInt64, Value) -> Void) {
        for i in keys.indices where keys[i] != 0 { body(keys[i], values[i]) }
    }
}

/// Hash combination for n-gram and pair keys (a splitmix64 finalizer over a golden-ratio mix):
/// stable across runs and platforms, so model files can store the results.
@inline(__always)
public func segmenterMix(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var x = a ^ (b &+ 0x9e37_79b9_7f4a_7c15 &+ (a << 6) &+ (a >> 2))
    x = (x ^ (x >> 30)) &* 0xbf58_476d_1ce4_e5b9
    x = (x ^ (x >> 27)) &* 0x94d0_49bb_1331_11eb
    return x ^ (x >> 31)
}
