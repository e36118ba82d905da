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
}
