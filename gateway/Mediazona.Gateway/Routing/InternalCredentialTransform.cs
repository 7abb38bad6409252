using Mediazona.ServiceDefaults.Security;
using Yarp.ReverseProxy.Transforms;

namespace Mediazona.Gateway.Routing;

/// <summary>
/// The gateway's half of the trust boundary: every forwarded request carries the deployment's internal credential, set
/// (never appended) after access control passed, so a value a caller sends under the same header never reaches a service.
/// </summary>
public static class InternalCredentialTransform
{
    public static IReverseProxyBuilder AddInternalCredential(this IReverseProxyBuilder proxy, InternalCredential credential) =>
        proxy.AddTransforms(transforms => transforms.AddRequestHeader(InternalCredential.Header, credential.Secret, append: false));
}
