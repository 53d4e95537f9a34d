namespace EntityPipeline.Training.Corpora;

/// <summary>The annotated corpus formats the trainer reads.</summary>
public enum CorpusFormat
{
    /// <summary>MSRA NER: one character per line, BIO tags.</summary>
    MsraBio,

    /// <summary>People's Daily 1998, PKU word/POS.</summary>
    PeoplesDaily,

    /// <summary>CLUENER2020 JSON records, types mapped to PER/LOC/ORG.</summary>
    ClueNer,
}
