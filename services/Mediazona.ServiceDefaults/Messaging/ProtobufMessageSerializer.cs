using System.Collections.Concurrent;
using System.Net.Mime;
using System.Reflection;
using System.Runtime.Serialization;
using Google.Protobuf;
using MassTransit;
using MassTransit.Serialization;

namespace Mediazona.ServiceDefaults.Messaging;

/// <summary>
/// Envelope-free protobuf bodies for MassTransit: the body is the message's own bytes,
/// message id and type travel as transport headers (content type application/x-protobuf).
/// </summary>
public sealed class ProtobufMessageSerializer : RawMessageSerializer, IMessageSerializer, IMessageDeserializer
{
    public const string ContentTypeValue = "application/x-protobuf";
    public static readonly ContentType ProtobufContentType = new(ContentTypeValue);

    const RawSerializerOptions Options = RawSerializerOptions.AddTransportHeaders | RawSerializerOptions.CopyHeaders;

    public ContentType ContentType => ProtobufContentType;

    public MessageBody GetMessageBody<T>(SendContext<T> context) where T : class
    {
        if (context.Message is not IMessage message)
            throw new SerializationException($"{typeof(T).Name} is not a protobuf message");

        SetRawMessageHeaders(context);
        context.Headers.Set(MessageHeaders.MessageType, MessageUrn.ForTypeString<T>());
        context.Headers.Set(MessageHeaders.ContentType, ContentTypeValue);
        return new BytesMessageBody(message.ToByteArray());
    }

    public void Probe(ProbeContext context) => context.CreateScope("protobuf").Add("contentType", ContentTypeValue);

    public ConsumeContext Deserialize(ReceiveContext receiveContext) =>
        new BodyConsumeContext(receiveContext, Deserialize(receiveContext.Body, receiveContext.TransportHeaders, receiveContext.InputAddress));

    public SerializerContext Deserialize(MessageBody body, Headers headers, Uri? destinationAddress = null)
    {
        var messageContext = new RawMessageContext(headers, destinationAddress, Options);
        return new ProtobufSerializerContext(body.GetBytes(), messageContext, headers.GetMessageTypes());
    }

    public MessageBody GetMessageBody(string text) => new StringMessageBody(text);
}

/// <summary>The consume side: parses the body with the requested type's generated parser.</summary>
sealed class ProtobufSerializerContext(byte[] body, MessageContext messageContext, string[] messageTypes)
    : BaseSerializerContext(SystemTextJsonMessageSerializer.Instance, messageContext, messageTypes)
{
    static readonly ConcurrentDictionary<Type, MessageParser?> Parsers = new();

    public override bool TryGetMessage<T>(out T? message) where T : class
    {
        message = TryGetMessage(typeof(T), out var parsed) ? parsed as T : null;
        return message is not null;
    }

    public override bool TryGetMessage(Type messageType, out object message)
    {
        message = null!;
        var parser = Parsers.GetOrAdd(messageType, FindParser);
        if (parser is null || !IsSupportedMessageType(messageType))
            return false;
        try
        {
            message = parser.ParseFrom(body);
            return true;
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new SerializationException($"The body is not a valid {messageType.Name}", ex);
        }
    }

    public override bool IsSupportedMessageType<T>() => IsSupportedMessageType(typeof(T));

    public override bool IsSupportedMessageType(Type messageType)
    {
        var urn = MessageUrn.ForTypeString(messageType);
        return SupportedMessageTypes.Length == 0
            || SupportedMessageTypes.Any(x => urn.Equals(x, StringComparison.OrdinalIgnoreCase));
    }

    // Forwarding (error/skipped queues, redelivery) keeps the original bytes.
    public override IMessageSerializer GetMessageSerializer() => new CopyProtobufBody(body);

    public override IMessageSerializer GetMessageSerializer<T>(MessageEnvelope envelope, T message) =>
        new CopyProtobufBody(message is IMessage proto ? proto.ToByteArray() : body);

    public override IMessageSerializer GetMessageSerializer(object message, string[] messageTypes) =>
        new CopyProtobufBody(message is IMessage proto ? proto.ToByteArray() : body);

    public override Dictionary<string, object> ToDictionary<T>(T? message) where T : class => [];

    static MessageParser? FindParser(Type type) =>
        type.GetProperty("Parser", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as MessageParser;

    sealed class CopyProtobufBody(byte[] bytes) : IMessageSerializer
    {
        public ContentType ContentType => ProtobufMessageSerializer.ProtobufContentType;

        public MessageBody GetMessageBody<T>(SendContext<T> context) where T : class => new BytesMessageBody(bytes);
    }
}

/// <summary>Registers the protobuf serializer with MassTransit.</summary>
public sealed class ProtobufSerializerFactory : ISerializerFactory
{
    static readonly ProtobufMessageSerializer Serializer = new();

    public ContentType ContentType => ProtobufMessageSerializer.ProtobufContentType;

    public IMessageSerializer CreateSerializer() => Serializer;

    public IMessageDeserializer CreateDeserializer() => Serializer;
}
