import CVietResources

/// Files compiled into the binary (lexicons and models): see scripts/generate-resources.py.
public enum EmbeddedResources {
    /// Paths of all embedded files, relative to the package root ("Lexicons/roles.tsv").
    public static var names: [String] {
        var count = 0
        guard let table = viet_resources(&count) else { return [] }
        return (0..<count).map { String(cString: table[$0].name) }
    }

    /// The bytes of an embedded file, or nil when no file has that path.
    public static func bytes(_ name: String) -> UnsafeBufferPointer<UInt8>? {
        var count = 0
        guard let table = viet_resources(&count) else { return nil }
        for k in 0..<count where String(cString: table[k].name) == name {
            return UnsafeBufferPointer(start: table[k].data, count: table[k].length)
        }
        return nil
    }

    /// An embedded file as UTF-8 text, or nil when absent.
    public static func text(_ name: String) -> String? {
        bytes(name).map { String(decoding: $0, as: UTF8.self) }
    }
}
