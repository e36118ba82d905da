/// The URLs still to ask about, handed to whichever worker is free.
actor WorkQueue {
    private var items: ArraySlice<String>

    init(_ items: [String]) { self.items = items[...] }

    func next() -> String? { items.popFirst() }
}
