/// A frozen open-addressing hash map from 64-bit keys (syllable keys, n-gram and phrase hashes)
/// to small values, for the segmentation hot path: one multiply, then a linear probe over a
/// power-of-two array. No per-lookup allocation; built once at start-up.
///
/// Invariant: key 0 marks an empty slot, so stored keys are remapped with `stored(_:)`.
public struct KeyTable<Value: BitwiseCopyable & Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private var shift: UInt64
    private var mask: Int
    private let filler: Value
    public private(set) var count = 0

    /// An empty table with room for `capacity` keys at a load factor of at most 1/2.
    public init(capacity: Int, filler: Value) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: filler, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        self.filler = filler
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

    /// Updates the value of `key` in place (starting from the filler when the key is new) and
    /// returns whether the key was new. Unlike `insert`, the table doubles when it would pass a
    /// load factor of 1/2, so it can be filled without knowing the final count.
    @discardableResult
    public mutating func update(_ key: UInt64, _ body: (inout Value) -> Void) -> Bool {
        if (count + 1) * 2 > mask + 1 { grow() }
        let k = Self.stored(key)
        var i = slot(k)
        while true {
            if keys[i] == 0 {
                keys[i] = k; values[i] = filler; count += 1
                body(&values[i])
                return true
            }
            if keys[i] == k { body(&values[i]); return false }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        let size = (mask + 1) * 2
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: filler, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        for j in oldKeys.indices where oldKeys[j] != 0 {
            var i = slot(oldKeys[j])
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = oldKeys[j]; values[i] = oldValues[j]
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
