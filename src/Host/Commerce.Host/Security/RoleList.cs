using Commerce.Kernel.Http;
using Commerce.Kernel.Security;

namespace Commerce.Host.Security;

internal static class RoleList
{
    /// <summary>Checks the roles a key or a user is to carry: at least one, each a known role.</summary>
    public static void Validate(IReadOnlyList<string>? roles, FieldErrors errors)
    {
        if (roles is null || roles.Count == 0)
        {
            errors.Add("roles", "must name at least one role.");
            return;
        }

        for (var i = 0; i < roles.Count; i++)
            errors.Check(Roles.All.Contains(roles[i]), $"roles[{i}]", $"must be one of {string.Join(", ", Roles.All)}.");
    }
}
