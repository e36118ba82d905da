/// The render steps for variables and sections, one per kind of field.
extension TemplateCompiler {
    func variable(_ name: String, escaped: Bool, at position: TemplatePosition, in scope: Scope) throws(TemplateError) -> RenderStep {
        let binding = try bind(name, at: position, in: scope)
        let (frame, offset) = (binding.frame, binding.offset)
        let escape: @Sendable (String) -> String
        if escaped { escape = library.escape } else { escape = { $0 } }
        switch binding.access?.kind {
        case nil, .text:
            return { state in state.append(escape((state.frames[frame] + offset).assumingMemoryBound(to: String.self).pointee)) }
        case .optionalText:
            return { state in
                if let text = (state.frames[frame] + offset).assumingMemoryBound(to: String?.self).pointee { state.append(escape(text)) }
            }
        case .bool, .view, .optionalView, .list:
            let kind = binding.access!.kindName
            throw error(at: position, in: scope, "`\(name)` is \(kind), not a text: show it with a section, `{{#\(name)}}…{{/\(name)}}`")
        }
    }

    mutating func section(_ name: String, inverted: Bool, body: [TemplateNode], at position: TemplatePosition,
                          in scope: Scope) throws(TemplateError) -> RenderStep {
        let binding = try bind(name, at: position, in: scope)
        let (frame, offset) = (binding.frame, binding.offset)
        let depth = scope.levels.count
        guard let access = binding.access else {
            throw error(at: position, in: scope, "a section over `.` is not supported: name the field")
        }
        switch access.kind {
        case .bool:
            let steps = try compile(body, in: scope)
            return { state in
                if (state.frames[frame] + offset).assumingMemoryBound(to: Bool.self).pointee != inverted { state.run(steps) }
            }
        case .optionalText:
            if inverted {
                let steps = try compile(body, in: scope)
                return { state in
                    if (state.frames[frame] + offset).assumingMemoryBound(to: String?.self).pointee == nil { state.run(steps) }
                }
            }
            let steps = try compile(body, in: scope.pushing(.text))
            noteDepth(depth + 1)
            return { state in
                guard let text = (state.frames[frame] + offset).assumingMemoryBound(to: String?.self).pointee else { return }
                withUnsafePointer(to: text) { pointer in
                    state.frames[depth] = UnsafeRawPointer(pointer)
                    state.run(steps)
                }
            }
        case .optionalView:
            let (type, read) = (access.nested!, access.readOptional!)
            if inverted {
                let steps = try compile(body, in: scope)
                return { state in
                    if !read(state.frames[frame] + offset, { _ in }) { state.run(steps) }
                }
            }
            let steps = try compile(body, in: scope.pushing(type))
            noteDepth(depth + 1)
            return { state in
                _ = read(state.frames[frame] + offset) { view in
                    state.frames[depth] = view
                    state.run(steps)
                }
            }
        case .list:
            let (type, list) = (access.nested!, access.list!)
            if inverted {
                let steps = try compile(body, in: scope)
                return { state in
                    if list.count(state.frames[frame] + offset) == 0 { state.run(steps) }
                }
            }
            let steps = try compile(body, in: scope.pushing(type))
            noteDepth(depth + 1)
            return { state in
                list.forEach(state.frames[frame] + offset) { item in
                    state.frames[depth] = item
                    state.run(steps)
                }
            }
        case .text, .view:
            throw error(at: position, in: scope, "`\(name)` is \(access.kindName), which is always there: a section needs a list, an optional field or a yes/no field. Write `{{\(name)}}`, or the dotted names of its fields")
        }
    }
}
