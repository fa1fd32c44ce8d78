namespace Commerce.Integrations.Shopify.Api;

/// <summary>
/// Shopify's cursor pagination: a list answer that has more carries
/// <c>Link: &lt;https://{shop}/admin/api/{version}/orders.json?limit=250&amp;page_info=abc&gt;; rel="next"</c>. Only the
/// <c>page_info</c> is taken: the next request is built on the store's own base address, so the access token never
/// follows a link to another host.
/// </summary>
internal static class LinkHeader
{
    public static string? NextPageInfo(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return null;
        foreach (var link in header.Split(','))
        {
            var parts = link.Split(';');
            var target = parts[0].Trim();
            var isNext = parts.Skip(1).Any(p => p.Trim().Replace(" ", "") is "rel=\"next\"" or "rel=next");
            if (!isNext || !target.StartsWith('<') || !target.EndsWith('>')) continue;
            if (!Uri.TryCreate(target[1..^1], UriKind.Absolute, out var url)) continue;
            var pageInfo = url.Query.TrimStart('?').Split('&')
                .Select(pair => pair.Split('=', 2))
                .Where(pair => pair is ["page_info", { Length: > 0 }])
                .Select(pair => Uri.UnescapeDataString(pair[1]))
                .FirstOrDefault();
            if (pageInfo is not null) return pageInfo;
        }

        return null;
    }
}
