/// The words a `SearchNormalizer` has met and the term number each gave (nil for a stop word), keyed by the
/// word's UTF-8 bytes.
///
/// Most words of an archive repeat. A `[String: Int?]` made a `String` of every word and hashed it with
/// SipHash over its NFC form: a fifth of the search stage. This table hashes the bytes the tokenizer already
/// has (FNV-1a), probes linearly, and keeps the bytes of every key in one array.
struct WordTable {
    private struct Entry {
        var start: Int32
        var count: Int32
        var hash: UInt32
        /// The term number, or -1 for a stop word.
        var value: Int32
    }

    private var keys: [UInt8] = []
    private var entries: [Entry] = []
    /// Index into `entries` plus one, or 0 for an empty slot; the count is a power of two.
    private var slots: [Int32]

    init(capacity: Int = 4096) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in word { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    /// What `word` gave when it was inserted: `.some(nil)` for a stop word; `nil` when it is new.
    func value(of word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int?? {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if entry.hash == hash, Int(entry.count) == word.count, matches(entry, word) {
                return .some(entry.value < 0 ? nil : Int(entry.value))
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds `word`, which `value(of:hash:)` did not find.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32, value: Int?) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        entries.append(Entry(start: Int32(keys.count), count: Int32(word.count), hash: hash, value: Int32(value ?? -1)))
        keys.append(contentsOf: word)
        place(entries.count - 1)
    }

    private func matches(_ entry: Entry, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        keys.withUnsafeBufferPointer { keys in
            let start = Int(entry.start)
            for offset in 0..<word.count where keys[start + offset] != word[offset] { return false }
            return true
        }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(entries[index].hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for index in entries.indices { place(index) }
    }
}
