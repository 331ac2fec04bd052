using System.Runtime.ExceptionServices;

namespace AgreementDiff.Corpus;

/// <summary>Runs a loop's bodies in parallel and lets their first exception through as itself, so a corpus call throws what it documents (a <see cref="Index.ClauseIndexException"/>) rather than an <see cref="AggregateException"/>.</summary>
internal static class InParallel
{
    public static void For(int count, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, body);
        }
        catch (AggregateException aggregate) when (aggregate.Flatten().InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(aggregate.Flatten().InnerExceptions[0]).Throw();
        }
    }
}
