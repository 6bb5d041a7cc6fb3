/// The version every record carries; bumped on a breaking change of the record shape.
public enum RecordSchema {
    public static let version = "claimline/1"
}
