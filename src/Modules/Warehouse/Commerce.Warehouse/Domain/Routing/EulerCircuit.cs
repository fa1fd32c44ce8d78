namespace Commerce.Warehouse.Domain.Routing;

/// <summary>Eulerian circuit of a connected multigraph whose vertices all have even degree (Hierholzer).</summary>
internal static class EulerCircuit
{
    /// <summary>The vertices in the order a walk from <paramref name="start"/> over every edge once meets them, ending at the start.</summary>
    public static IReadOnlyList<int> From(int vertexCount, IReadOnlyList<(int U, int V)> edges, int start)
    {
        var incident = new List<int>[vertexCount];
        for (var v = 0; v < vertexCount; v++) incident[v] = [];
        for (var e = 0; e < edges.Count; e++)
        {
            incident[edges[e].U].Add(e);
            incident[edges[e].V].Add(e);
        }

        var used = new bool[edges.Count];
        var next = new int[vertexCount];
        var stack = new Stack<int>([start]);
        var circuit = new List<int>(edges.Count + 1);
        while (stack.Count > 0)
        {
            var v = stack.Peek();
            while (next[v] < incident[v].Count && used[incident[v][next[v]]]) next[v]++;
            if (next[v] == incident[v].Count)
            {
                circuit.Add(stack.Pop());
                continue;
            }

            var edge = incident[v][next[v]];
            used[edge] = true;
            stack.Push(edges[edge].U == v ? edges[edge].V : edges[edge].U);
        }

        if (used.Contains(false)) throw new InvalidOperationException("The tour graph is not connected.");
        circuit.Reverse();
        return circuit;
    }
}
