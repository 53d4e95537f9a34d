namespace EntityPipeline.Training.Corpora;

/// <summary>
/// The annotated corpus formats the trainer reads.
/// </summary>
public enum CorpusFormat
{
    /// <summary>MSRA NER: one character per line, BIO tags.</summary>
    MsraBio = 0,

    /// <summary>People's Daily 1998, PKU word/POS.</summary>
    PeoplesDaily = 1,

    /// <summary>CLUENER2020 JSON records, types mapped to PER/LOC/ORG.</summary>
    ClueNer = 2,

    /// <summary>Weibo NER (2nd): one character per line with its word position, BIO; named mentions as PER/LOC/ORG.</summary>
    WeiboNer = 3,

    /// <summary>Resume NER: one character per line, BMES; NAME, ORG and LOC as PER/ORG/LOC.</summary>
    ResumeNer = 4,

    /// <summary>A project gold folder (entities.tsv and docs/, as gold/entities-modern), split into the run's sentences.</summary>
    GoldTable = 5,
}
