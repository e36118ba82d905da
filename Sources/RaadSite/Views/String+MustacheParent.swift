import Mustache

/// A string a section pushed (`{{#href}}…{{title}}…{{/href}}`) has no children: saying so up front spares
/// swift-mustache a `Mirror` of the string for every name looked up inside the section.
extension String: @retroactive MustacheParent {
    public func child(named name: String) -> Any? { nil }
}
