using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Mediazona.Ingestion.Normalisation;

/// <summary>Walks every string field of a message tree, so that a field added to the contract is covered without code changes.</summary>
public static class ProtoText
{
    /// <summary>Trims every string in the message and its sub-messages, in place.</summary>
    public static void TrimAll(IMessage message)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            var accessor = field.Accessor;
            if (field.IsMap)
                continue;
            if (field.IsRepeated)
            {
                var list = (IList)accessor.GetValue(message);
                for (var i = 0; i < list.Count; i++)
                {
                    if (field.FieldType == FieldType.String)
                        list[i] = ((string)list[i]!).Trim();
                    else if (field.FieldType == FieldType.Message)
                        TrimAll((IMessage)list[i]!);
                }
            }
            else if (field.FieldType == FieldType.String)
                accessor.SetValue(message, ((string)accessor.GetValue(message)).Trim());
            else if (field.FieldType == FieldType.Message && accessor.GetValue(message) is IMessage child)
                TrimAll(child);
        }
    }

    /// <summary>Every string value with its field path (e.g. "defendants[0].charges[1].raw") and its descriptor.</summary>
    public static IEnumerable<(string Path, FieldDescriptor Field, string Value)> Strings(IMessage message, string prefix)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            if (field.IsMap)
                continue;
            var value = field.Accessor.GetValue(message);
            var path = prefix.Length == 0 ? field.Name : $"{prefix}.{field.Name}";
            if (field.IsRepeated)
            {
                var list = (IList)value;
                for (var i = 0; i < list.Count; i++)
                {
                    var itemPath = $"{path}[{i}]";
                    if (field.FieldType == FieldType.String)
                        yield return (itemPath, field, (string)list[i]!);
                    else if (field.FieldType == FieldType.Message)
                        foreach (var nested in Strings((IMessage)list[i]!, itemPath))
                            yield return nested;
                }
            }
            else if (field.FieldType == FieldType.String)
                yield return (path, field, (string)value);
            else if (field.FieldType == FieldType.Message && value is IMessage child)
                foreach (var nested in Strings(child, path))
                    yield return nested;
        }
    }
}
