using System.Net.Http.Headers;
using System.Text;
using Google.Protobuf;

namespace Mediazona.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The gateway's JSON API, with request and response bodies written and read by protobuf's own JSON mapping.
/// Sends the admin key unless given another (null: none).
/// </summary>
sealed class JsonApi : IDisposable
{
    static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));
    readonly HttpClient _http;

    public JsonApi(Uri gateway, string? apiKey = SuiteKeys.Admin)
    {
        _http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        if (apiKey is not null)
            _http.DefaultRequestHeaders.Add("x-api-key", apiKey);
    }

    public async Task<TResponse> PostAsync<TResponse>(string path, IMessage body) where TResponse : IMessage, new()
    {
        using var response = await PostRawAsync(path, JsonFormatter.Default.Format(body));
        return await ReadAsync<TResponse>(response);
    }

    public Task<HttpResponseMessage> PostRawAsync(string path, string json) =>
        _http.PostAsync(path, new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")));

    /// <summary>Any bytes as a JSON body (e.g. invalid UTF-8).</summary>
    public Task<HttpResponseMessage> PostBytesAsync(string path, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return _http.PostAsync(path, content);
    }

    public async Task<TResponse> GetAsync<TResponse>(string pathAndQuery) where TResponse : IMessage, new()
    {
        using var response = await _http.GetAsync(pathAndQuery);
        return await ReadAsync<TResponse>(response);
    }

    public Task<HttpResponseMessage> GetRawAsync(string pathAndQuery) => _http.GetAsync(pathAndQuery);

    static async Task<TResponse> ReadAsync<TResponse>(HttpResponseMessage response) where TResponse : IMessage, new()
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{(int)response.StatusCode} {response.ReasonPhrase}: {text}");
        var message = new TResponse();
        return (TResponse)Parser.Parse(text, message.Descriptor);
    }

    public void Dispose() => _http.Dispose();
}
