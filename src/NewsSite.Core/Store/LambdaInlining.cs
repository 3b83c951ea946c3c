using System.Linq.Expressions;

namespace NewsSite.Store;

/// <summary>
/// Puts expressions where a lambda's parameters are, as calling it would, so that a query assembled from parts (a
/// rule, a compiled query's parameters) reaches EF Core as one tree it can translate.
/// </summary>
public static class LambdaInlining
{
    public static Expression Inline(this LambdaExpression lambda, params Expression[] arguments)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(arguments.Length, lambda.Parameters.Count, nameof(arguments));
        var replacements = new Dictionary<ParameterExpression, Expression>();
        for (var i = 0; i < arguments.Length; i++)
        {
            replacements.Add(lambda.Parameters[i], arguments[i]);
        }

        return new ParameterReplacer(replacements).Visit(lambda.Body);
    }

    private sealed class ParameterReplacer(Dictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            replacements.TryGetValue(node, out var replacement) ? replacement : node;
    }
}
