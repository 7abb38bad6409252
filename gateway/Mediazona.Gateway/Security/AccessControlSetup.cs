using Mediazona.Gateway.Limits;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Mediazona.Gateway.Security;

public static class AccessControlSetup
{
    /// <summary>Keys, scope table, anonymous statistics reads (when on), rate limits, body limits and (when Auth:Jwt:Authority is set) JWT bearer validation.</summary>
    public static WebApplicationBuilder AddAccessControl(this WebApplicationBuilder builder, BodyLimitOptions body)
    {
        var configuration = builder.Configuration;
        var keys = ApiKeys.FromConfiguration(configuration);
        var jwt = JwtSettings.FromConfiguration(configuration);
        builder.Services.AddSingleton(keys);
        builder.Services.AddSingleton(jwt);
        builder.Services.AddSingleton(AnonymousAccess.FromConfiguration(configuration));
        builder.Services.AddSingleton(new GrpcMethodScopes(SuiteDescriptors.Services));
        builder.Services.AddSingleton(RateLimitOptions.FromConfiguration(configuration));
        builder.Services.AddSingleton<RateLimits>();
        builder.Services.AddSingleton(body);
        if (jwt.Enabled)
        {
            builder.Services.AddAuthentication().AddJwtBearer(options =>
            {
                options.Authority = jwt.Authority;
                options.Audience = jwt.Audience;
                options.MapInboundClaims = false;
            });
        }
        return builder;
    }
}
