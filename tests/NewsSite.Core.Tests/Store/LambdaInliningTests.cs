using System.Linq.Expressions;
using NewsSite.Store;

namespace NewsSite.Core.Tests.Store;

public class LambdaInliningTests
{
    [Fact]
    public void Each_parameter_is_replaced_by_its_argument_as_a_call_would()
    {
        Expression<Func<int, int, int>> scaled = (value, factor) => value * factor + factor;
        Expression<Func<int, int>> triple = x => 0;

        var body = scaled.Inline(triple.Parameters[0], Expression.Constant(3));
        var inlined = Expression.Lambda<Func<int, int>>(body, triple.Parameters[0]).Compile();

        Assert.Equal(15, inlined(4));
    }

    [Fact]
    public void Arguments_must_match_the_parameters()
    {
        Expression<Func<int, int>> twice = x => x * 2;

        Assert.Throws<ArgumentOutOfRangeException>(() => twice.Inline());
    }
}
