namespace Commerce.Kernel.Security;

/// <summary>The roles an API key or user can hold. A policy of the same name admits the role and admin.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Manager = "manager";
    public const string Agent = "agent";
    public const string Warehouse = "warehouse";
    public const string Integration = "integration";

    public static readonly IReadOnlyList<string> All = [Admin, Manager, Agent, Warehouse, Integration];
}
