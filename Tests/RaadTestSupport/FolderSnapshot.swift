import Foundation

/// Every file under a folder with its bytes, to compare two built sites byte for byte.
public func folderSnapshot(_ folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder)
    while let path = enumerator?.nextObject() as? String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[path] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
        }
    }
    return files
}

/// Every folder under a folder, to show that emptied folders were removed.
public func folderTree(_ folder: String) -> Set<String> {
    var folders: Set<String> = []
    let enumerator = FileManager.default.enumerator(atPath: folder)
    while let path = enumerator?.nextObject() as? String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), isDirectory.boolValue {
            folders.insert(path)
        }
    }
    return folders
}

/// The same snapshot under the name the benchmark tests use.
public enum FolderSnapshot {
    public static func files(in folder: String) throws -> [String: Data] { try folderSnapshot(folder) }
}
