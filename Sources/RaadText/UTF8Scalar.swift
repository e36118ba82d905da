package enum UTF8Scalar {
    /// The scalar whose UTF-8 starts at `index` (a lead byte, not ASCII), and its length in bytes. For the
    /// UTF-8 of a Swift string, which is valid; an invalid value reads as U+FFFD.
    package static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(utf8[index])
        let length = Self.length(lead: utf8[index])
        var value = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// How many bytes the scalar led by `lead` (not ASCII) takes.
    package static func length(lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }
}
