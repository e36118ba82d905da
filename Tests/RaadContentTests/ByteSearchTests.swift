import Testing
import RaadText

@Suite("containsBytes: substring search on UTF-8")
struct ByteSearchTests {
    @Test("finds a needle anywhere, including at either end and after a partial match")
    func finds() {
        #expect("rådsmøte".containsBytes("møte"))
        #expect("abc".containsBytes("abc") && "abc".containsBytes("a") && "abc".containsBytes("c"))
        #expect("aab".containsBytes("ab"))
        #expect("x".containsBytes(""))
        #expect("<td align=\"right\">".containsBytes(" align=\""))
    }

    @Test("a needle longer than the text, or only partly there, is not found")
    func missing() {
        #expect(!"ab".containsBytes("abc"))
        #expect(!"aaa".containsBytes("ab"))
        #expect(!"".containsBytes("a"))
        #expect(!"Bakgrun".containsBytes("Bakgrunn"))
    }

    @Test("a substring (not contiguous UTF-8 of its own) is searched too")
    func substring() {
        let text = "før prismodell etter"
        let middle = text.dropFirst(4).prefix(10)
        #expect(middle.containsBytes("prismodell") && !middle.containsBytes("etter"))
    }

    @Test("replacingBytes replaces every occurrence, and gives back the text when there is none")
    func replacing() {
        #expect("<td align=\"right\">1</td><td align=\"left\">2</td>".replacingBytes("<td align=\"", with: "<td class=\"align-")
            == "<td class=\"align-right\">1</td><td class=\"align-left\">2</td>")
        #expect("æøå aa å".replacingBytes("å", with: "aa") == "æøaa aa aa")
        #expect("aaa".replacingBytes("aa", with: "b") == "ba")
        #expect("ingen".replacingBytes("x", with: "y") == "ingen")
        #expect("".replacingBytes("x", with: "y") == "")
    }

    @Test("containsByte finds one byte in a string or a substring")
    func byte() {
        #expect("sak 11/26".containsByte(UInt8(ascii: "/")) && !"sak 11".containsByte(UInt8(ascii: "/")))
        #expect(!"".containsByte(UInt8(ascii: "/")))
        #expect("a\r\nb".containsByte(UInt8(ascii: "\r")))
        let text = "før/etter"
        #expect(!text.prefix(3).containsByte(UInt8(ascii: "/")) && text.dropFirst(2).containsByte(UInt8(ascii: "/")))
    }
}
