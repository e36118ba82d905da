import NIOConcurrencyHelpers

/// What the server shows now: nothing built yet, the site, or the errors of the last build.
public final class PreviewState: Sendable {
    public enum Status: Sendable, Equatable {
        case building
        case ready
        /// The last build failed; the folder still holds the last good site, but pages show this.
        case failed(ErrorPage)
    }

    private let status = NIOLockedValueBox(Status.building)

    public init() {}

    public var current: Status { status.withLockedValue { $0 } }

    /// Sets the status and returns the one before.
    @discardableResult
    public func set(_ new: Status) -> Status {
        status.withLockedValue { value in
            defer { value = new }
            return value
        }
    }
}
