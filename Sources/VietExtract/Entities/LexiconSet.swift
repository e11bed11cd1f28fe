import VietText

/// One row of a lexicon, kept for the attributes and for `--explain`.
///
/// A final class: matches hand entries around by reference (one retain, no copies of the
/// strings and attribute dictionary). The attributes the rules test on every match are
/// decoded once at load time.
final class LexEntry: Sendable {
    /// The form as written in the file (NFC, natural spacing).
    let form: String
    /// The file it came from ("roles.tsv", or a user lexicon's path).
    let source: String
    /// 1-based line in that file.
    let line: Int
    /// The other columns by header name ("takes_org", "kind", "expansion" ...).
    let attrs: [String: String]
    /// "'Bí thư'(roles.tsv:12)", for `--explain`.
    let ref: String

    // Decoded attributes (same values as `attr(...)` / `values(...)`).
    /// role_prefixes.tsv `effect`.
    let effect: Effect
    /// org_heads.tsv / honorifics.tsv `kind`.
    let kind: String
    /// roles.tsv `category` (`diplomatic`, `other`).
    let isDiplomatic: Bool
    let isOtherCategory: Bool
    /// admin_units.tsv `level`.
    let level: String
    /// `takes` (org_heads.tsv) and `takes_org` (roles.tsv) as flags.
    let takes: Takes
    let takesOrg: Takes
    /// The first `|`-separated value of `expansion` (abbreviations.tsv), if any.
    let firstExpansion: String?

    enum Effect: UInt8, Sendable { case none, former, new, deputy, acting }

    struct Takes: OptionSet, Sendable {
        let rawValue: UInt8
        static let domain = Takes(rawValue: 1)
        static let org = Takes(rawValue: 2)
        static let place = Takes(rawValue: 4)
        static let name = Takes(rawValue: 8)

        init(rawValue: UInt8) { self.rawValue = rawValue }
        init(_ values: Set<Substring>) {
            var t = Takes()
            if values.contains("domain") { t.insert(.domain) }
            if values.contains("org") || values.contains("yes") { t.insert(.org) }  // roles.tsv: "yes"
            if values.contains("place") { t.insert(.place) }
            if values.contains("name") { t.insert(.name) }
            self = t
        }
    }

    init(form: String, source: String, line: Int, attrs: [String: String]) {
        self.form = form
        self.source = source
        self.line = line
        self.attrs = attrs
        ref = "'\(form)'(\(source):\(line))"
        switch attrs["effect"] ?? "" {
        case "former": effect = .former
        case "new": effect = .new
        case "deputy": effect = .deputy
        case "acting": effect = .acting
        default: effect = .none
        }
        kind = attrs["kind"] ?? ""
        isDiplomatic = attrs["category"] == "diplomatic"
        isOtherCategory = attrs["category"] == "other"
        level = attrs["level"] ?? ""
        takes = Takes(Set((attrs["takes"] ?? "").split(separator: "|")))
        takesOrg = Takes(Set((attrs["takes_org"] ?? "").split(separator: "|")))
        firstExpansion = (attrs["expansion"] ?? "").split(separator: "|").first.map(String.init)
    }

    func attr(_ name: String) -> String { attrs[name] ?? "" }
    /// The `|`-joined values of a column as a set.
    func values(_ name: String) -> Set<Substring> { Set(attr(name).split(separator: "|")) }
}

/// Every bundled lexicon, compiled once into `PhraseLexicon`s keyed on token keys (case, NFC/NFD
/// and tone-mark placement folded), with user lexicons of the same concept merged in.
///
/// Invariant: immutable after `init`; shared by all documents and threads.
final class LexiconSet: Sendable {
    typealias Lex = PhraseLexicon<LexEntry>

    /// The bundled concepts: file name → which column holds the phrase, and which columns hold
    /// extra `|`-joined forms to insert as the same entry.
    /// Which `LexID` each bundled concept is read through.
    static let ids: [String: LexID] = [
        "roles.tsv": .roles, "role_prefixes.tsv": .prefixes, "role_modifiers.tsv": .modifiers,
        "ranks.tsv": .ranks, "honorifics.tsv": .honorifics, "organizations.tsv": .organizations,
        "org_heads.tsv": .orgHeads, "domains.tsv": .domains, "places.tsv": .places,
        "admin_units.tsv": .adminUnits, "abbreviations.tsv": .abbreviations, "surnames.tsv": .surnames,
        "name_syllables.tsv": .nameSyllables,
    ]

    static let concepts: [String: (key: String, aliases: [String])] = [
        "roles.tsv": ("form", []),
        "role_prefixes.tsv": ("form", []),
        "role_modifiers.tsv": ("form", []),
        "ranks.tsv": ("form", []),
        "honorifics.tsv": ("form", []),
        "organizations.tsv": ("form", ["abbreviation"]),
        "org_heads.tsv": ("form", []),
        "domains.tsv": ("form", []),
        "places.tsv": ("form", ["alias"]),
        "admin_units.tsv": ("form", ["abbreviation"]),
        "abbreviations.tsv": ("abbreviation", []),
        "surnames.tsv": ("surname", []),
        "name_syllables.tsv": ("syllable", []),
    ]

    let lexicons: [String: Lex]
    /// First token keys of every phrase of every lexicon (see `FirstKeyTable`).
    let firstKeys: FirstKeyTable

    // Resolved once at init: the rules read these on every token (no String-keyed lookup).
    let roles: Lex
    let prefixes: Lex
    let modifiers: Lex
    let ranks: Lex
    let honorifics: Lex
    let organizations: Lex
    let orgHeads: Lex
    let domains: Lex
    let places: Lex
    let adminUnits: Lex
    let abbreviations: Lex
    let surnames: Lex
    let nameSyllables: Lex
    let placesAfterUnit: Lex

    /// Loads the embedded lexicons, then each user lexicon into the concept its name gives.
    /// Throws `LexiconError` (file and line) for malformed text or an unknown concept.
    init(userLexicons: [Extractor.UserLexicon]) throws(LexiconError) {
        var lexicons: [String: Lex] = [:]
        var first = FirstKeyTable()
        for (file, spec) in Self.concepts {
            var lex = Lex()
            if EmbeddedResources.text("Lexicons/" + file) != nil {
                let table = try TSVTable.embedded(file)
                try Self.add(table, spec: spec, id: Self.ids[file]!, into: &lex, first: &first)
            }
            lexicons[file] = lex
        }
        for user in userLexicons {
            let name = user.concept.split(separator: "/").last.map(String.init) ?? user.concept
            guard let spec = Self.concepts[name] else {
                throw LexiconError(source: user.source, line: 0,
                                   message: "unknown lexicon '\(name)' (known: \(Self.concepts.keys.sorted().joined(separator: ", ")))")
            }
            let table = try TSVTable(parsing: user.text, source: user.source)
            var lex = lexicons[name] ?? Lex()
            try Self.add(table, spec: spec, id: Self.ids[name]!, into: &lex, first: &first)
            lexicons[name] = lex
        }
        // Places listed with their unit word ("Thành phố Hồ Chí Minh") are found after any
        // unit word too ("TP. Hồ Chí Minh"), but never bare ("Hồ Chí Minh" is a person).
        var afterUnit = Lex()
        let units = lexicons["admin_units.tsv"] ?? Lex()
        for entry in (lexicons["places.tsv"] ?? Lex()).payloads {
            let tokens = Tokenizer().tokenize(Normalizer().normalize(entry.form))
            guard let u = units.longestMatch(tokens, at: 0), u.length < tokens.count,
                  tokens[u.length].kind == .syllable else { continue }
            afterUnit.insert(keys: tokens[u.length...].map(\.key), entry)
            first.add(tokens[u.length].key, .placesAfterUnit)
        }
        lexicons["places-after-unit"] = afterUnit
        let l = lexicons
        self.lexicons = lexicons
        firstKeys = first
        roles = l["roles.tsv"] ?? Lex()
        prefixes = l["role_prefixes.tsv"] ?? Lex()
        modifiers = l["role_modifiers.tsv"] ?? Lex()
        ranks = l["ranks.tsv"] ?? Lex()
        honorifics = l["honorifics.tsv"] ?? Lex()
        organizations = l["organizations.tsv"] ?? Lex()
        orgHeads = l["org_heads.tsv"] ?? Lex()
        domains = l["domains.tsv"] ?? Lex()
        places = l["places.tsv"] ?? Lex()
        adminUnits = l["admin_units.tsv"] ?? Lex()
        abbreviations = l["abbreviations.tsv"] ?? Lex()
        surnames = l["surnames.tsv"] ?? Lex()
        nameSyllables = l["name_syllables.tsv"] ?? Lex()
        placesAfterUnit = afterUnit
    }

    /// The lexicon read through `id` (entity lexicons only).
    @inline(__always)
    func lexicon(_ id: LexID) -> Lex {
        switch id {
        case .roles: roles
        case .prefixes: prefixes
        case .modifiers: modifiers
        case .ranks: ranks
        case .honorifics: honorifics
        case .organizations: organizations
        case .orgHeads: orgHeads
        case .domains: domains
        case .places: places
        case .adminUnits: adminUnits
        case .abbreviations: abbreviations
        case .surnames: surnames
        case .nameSyllables: nameSyllables
        case .placesAfterUnit: placesAfterUnit
        case .dateWords, .events, .documents, .nameBreaks, .dateStarts, .numberWords, .capital: Lex()
        }
    }

    /// The longest phrase of lexicon `id` at `i` not crossing `limit` (the caller checked
    /// `i < limit` and that a phrase may start there).
    func longest(_ id: LexID, _ t: UnsafeBufferPointer<Token>, _ i: Int, _ limit: Int) -> (len: Int, entry: LexEntry)? {
        let l = lexicon(id)
        guard let m = l.longestMatch(t, at: i, limit: limit) else { return nil }
        return (m.length, l.payload(m.payloads[0]))
    }

    private static func add(_ table: TSVTable, spec: (key: String, aliases: [String]), id: LexID,
                            into lex: inout Lex, first: inout FirstKeyTable) throws(LexiconError) {
        /// Inserts by keys, as `insert(_:_:)` does, noting the first key.
        func insert(_ phrase: String, _ entry: LexEntry) -> Bool {
            let keys = Lex.keys(of: phrase)
            guard lex.insert(keys: keys, entry) else { return false }
            first.add(keys[0], id)
            return true
        }
        let keyColumn = table.columns.firstIndex(of: spec.key) ?? 0
        for row in table.rows {
            var attrs: [String: String] = [:]
            for (c, name) in table.columns.enumerated() where c != keyColumn && c < row.fields.count {
                if !row.fields[c].isEmpty { attrs[name] = row.fields[c] }
            }
            let form = row.fields[keyColumn]
            if form.isEmpty {
                throw LexiconError(source: table.source, line: row.line, message: "empty '\(spec.key)'")
            }
            let entry = LexEntry(form: form, source: table.source, line: row.line, attrs: attrs)
            guard insert(form, entry) else {
                throw LexiconError(source: table.source, line: row.line, message: "'\(form)' has no words")
            }
            for column in spec.aliases {
                for alias in entry.values(column) where !alias.isEmpty {
                    _ = insert(String(alias), entry)
                }
            }
        }
    }
}

/// Keys of the function words the rules look at, computed once.
enum Keys {
    static func k(_ s: String) -> UInt64 { SyllableKey.hash(s) }
    static let cac = k("các"), nhung = k("những"), va = k("và"), kiem = k("kiêm"), cua = k("của")
    static let trung = k("trung"), uong = k("ương"), khoa = k("khóa"), tai = k("tại")
    static let cap = k("cấp"), cao = k("cao"), toi = k("tối"), nhan = k("nhân"), dan = k("dân")
    static let cong = k("cộng"), hoa = k("hòa"), duoc = k("được"), chuc = k("chức"), so = k("số")
    /// Words that may stand between a person and a title given by appointment or election
    /// ("được bầu giữ chức", "được bổ nhiệm làm", "điều động, chỉ định giữ chức").
    static let appointment: Set<UInt64> = Set([
        "được", "bầu", "bổ", "nhiệm", "giữ", "chức", "làm", "vụ", "đảm", "nhận", "tái", "kiêm",
        "điều", "động", "luân", "chuyển", "chỉ", "định", "phân", "công", "tạm", "thời", "quyền",
        "tiếp", "tục", "sẽ", "đã", "vừa", "mới", "lại", "là", "đang", "hiện",
    ].map { k($0) })
    /// Function words that never continue a name.
    static let function: Set<UInt64> = Set([
        "và", "của", "tại", "với", "cho", "do", "là", "được", "đã", "có", "ở", "từ", "trong",
        "theo", "về", "các", "những", "đến", "khi", "như", "sẽ", "bị", "vừa", "đang", "thì",
    ].map { k($0) })
    /// Lower-case words that end an organization's name (prepositions and verbs of place):
    /// "Trường ... trên phố ...", "Công ty ... thuộc ...".
    static let gapStops: Set<UInt64> = Set([
        "trên", "dưới", "ngoài", "sau", "trước", "gần", "bên", "thuộc", "cùng", "nhằm",
        "để", "nhưng", "mà", "hay", "hoặc", "vào", "ra", "lên", "xuống", "qua", "này", "đó", "kể",
        "nay", "nhận", "tổ", "tuyển", "đạt", "không", "chưa", "cũng", "dự", "thăm", "gặp", "đón",
    ].map { k($0) })
    /// Verbs of news text (two syllables) that end an organization's name when written in
    /// lower case after it: "Tập đoàn X triển khai Dự án ...".
    static let gapVerbs: Set<UInt64> = Set([
        "triển khai", "phối hợp", "tổ chức", "ký kết", "công bố", "khởi công", "khánh thành",
        "đề nghị", "yêu cầu", "tiếp nhận", "trao tặng", "ban hành", "thực hiện", "cung cấp",
        "đón nhận", "phát hành", "thông báo", "báo cáo", "kiểm tra", "tham gia", "tham dự",
        "làm việc", "chủ trì", "hướng dẫn", "chỉ đạo", "đề xuất", "cho biết", "cam kết",
    ].map { w -> UInt64 in
        let p = w.split(separator: " ")
        return pair(k(String(p[0])), k(String(p[1])))
    })
    static let gapSingleVerbs: Set<UInt64> = Set([
        "ký", "trao", "tặng", "gửi", "mở", "bán", "mua", "nộp", "giảm", "tăng", "lập", "bàn",
        "chi", "phát", "đưa", "đón", "thăm", "gặp", "dự", "chào",
    ].map { k($0) })
    @inline(__always) static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 { a ^ (b &* 0x9E37_79B9_7F4A_7C15) }
    /// Words after which a bare role is not a title of one person ("các thành viên", "các sở").
    static let plural: Set<UInt64> = [cac, nhung]
}
