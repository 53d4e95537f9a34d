using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;
using EntityPipeline.Entities.Rules.Brackets;
using EntityPipeline.Entities.Rules.Companies;
using EntityPipeline.Entities.Rules.Facilities;
using EntityPipeline.Entities.Rules.Latin;
using EntityPipeline.Entities.Rules.NotNames;
using EntityPipeline.Entities.Rules.Persons;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Entities.Rules;

/// <summary>
/// The rules every model's decoded labels go through before they become mentions: guidelines and patterns the training corpora do
/// not teach (or teach in another convention). Each can be turned off to measure it (<c>evaluate --rules-off</c>,
/// <c>--compare-rules-off</c>): the paired interval of a rule comes from the same model with and without it.
/// </summary>
[Flags]
public enum LabelRules
{
    None = 0,
    /// <summary>Place abbreviations one place per character (<see cref="AbbreviationRuns"/>), and none inside another word (<see cref="EmbeddedAbbreviations"/>); a region of an abbreviation and a direction one place (<see cref="RegionNames"/>); an economic region's name (长三角, 大湾区) one place (<see cref="EconomicRegions"/>).</summary>
    Abbreviations = 1,
    /// <summary>Interjections and repeated names (<see cref="NotNames.Reduplication"/>).</summary>
    Reduplication = 2,
    /// <summary>Zones and facilities one place from the place that names them (<see cref="FacilityNames"/>), natural features from the name before them (<see cref="NaturalFeatures"/>), communities too (<see cref="CommunityNames"/>), plants, reserves and bases (某某化工基地) places (<see cref="PlantsAndReserves"/>), and a name before 风电场, 电站 or 绿道 one (<see cref="NamedPlants"/>), and a local place before 市场 one with it (青石桥市场, <see cref="NamedMarkets.JoinPlaces"/>); no verb of opening after a facility in it (钱凯港开港, <see cref="OpeningVerbs"/>); a venue's centre or hall (某某文化中心, 某某音乐厅) a place, and a centre for trading, finance or the arts after a place and 的, a theatre there or after 在 (<see cref="VenueNames"/>); a resort or theme park named with its city one place (<see cref="ResortNames"/>).</summary>
    Facilities = 4,
    /// <summary>A place the project lists, abroad or in Hong Kong, Macao and Taiwan (纽约, 北方邦, 路环), a place when left untagged or read as a person or organisation (<see cref="ListedPlaces"/>), the outer divisions of a chain their own places, a division before a road, estate or named place its own place, a country before a named place or university its own place, a province abroad and its city two places (<see cref="ProvinceCities"/>), a county before its village its own place (<see cref="CountyVillages"/>), a city before a facility or place with a name of its own its own place (<see cref="LocatedFacilities"/>), and so a listed place abroad before one (<see cref="ListedFacilities"/>), a place run over 的 into the place or body it locates two mentions (赤鱲角的香港国际机场, <see cref="LocatedPlaces.SplitAtParticle"/>), a place made of two places and nothing more two places (英国伦敦, 广州芳村, <see cref="PlacePairs"/>), a country before a player's word a place (<see cref="CountryPlayers"/>), a name read as a person after a country, state, 城市 or a verb of going (飞往, 来自), or between an agency and a dateline's date, a place (<see cref="ForeignPlaces"/>), a place run into a common noun (卡塔尔市场) the place alone (<see cref="PlaceTails"/>), a name ends before a linking verb (联合, 会同, 开通; <see cref="LinkingVerbs"/>), a place cut before the 市 or 县 of its word whole (<see cref="DivisionWordEnds"/>), a listed place abroad the tagger cut inside jieba's word for it the word whole (<see cref="WordEdges"/>), an untagged division jieba reads as a place a place (<see cref="UntaggedDivisions"/>), no count of divisions (三市) in a place, and a chain's untagged tail a place, a place or firm before 总部 no organisation (<see cref="Places.DivisionChains"/>, <see cref="HeadOffices"/>, <see cref="LocatedPlaces"/>, <see cref="CountryPlaces"/>, <see cref="DivisionCounts"/>, <see cref="ChainTails"/>); two natural features of one kind joined by 和 or 与 two places (<see cref="CoordinatedPlaces"/>), and a name read as a person listed with a place, or twinned with one over 与 (某市与某某结好), a place (<see cref="CoordinatedPlaces.RetypePersons"/>).</summary>
    DivisionChains = 8,
    /// <summary>A government body cut from its place, or a department from its hospital or university, one organisation (<see cref="BodyNames"/>), and so a body of two fields joined by 和 or 与 (<see cref="CoordinatedBodies"/>), but two bodies run into one over 和 two (<see cref="CoordinatedBodies.SplitPairs"/>) and a campus after its hospital or school (<see cref="Campuses"/>); a county's, city's or state's 政府 one organisation with the place before it (<see cref="RegionGovernments.JoinPlaces"/>); a place the tagger found, a field and a body's word after it one organisation (某某农商银行, <see cref="PlacedBodies"/>); a congress's term number outside its body (<see cref="SessionBodies"/>); no verb 组织 inside a body (<see cref="OrganisingVerbs"/>); a discipline and supervisory commission ends at 监委 (<see cref="DisciplineBodies"/>); an international body named by 世界 or 国际, a field and a body's word an organisation (<see cref="InternationalBodies"/>); a place's numbered middle school an organisation (<see cref="NumberedSchools"/>); a state key laboratory one organisation with its field and host (某某大学测绘遥感信息工程国家重点实验室, <see cref="KeyLaboratories"/>); a country or force and the numbered team it sends one organisation (<see cref="NumberedTeams"/>), with no sender the team and its number (<see cref="NumberedTeams.JoinUnsent"/>), but a school's team in a contest the school alone (某某大学队, <see cref="SchoolTeams"/>); a border inspection station (边检站) an organisation (<see cref="BorderStations"/>), and a place's coast guard (菲律宾海警, <see cref="CoastGuards"/>); a museum, gallery, library or theatre that organises, works with a body, announces or has a curator an organisation (<see cref="CulturalBodies"/>).</summary>
    Bodies = 16,
    /// <summary>Names around a bare surname: 某, titles, doubled given names (<see cref="Persons.PersonNames"/>); no role's 商, 官, 农 or 师 opening a name (展商|王小明, 工程师|李明, <see cref="RoleWordPersons"/>), but a rare surname between such a noun and a given name the name's (种植户 某|春燕, <see cref="RoleWordPersons.JoinSurnames"/>), also where it is a place's first character after the role or a word (茶商 丘|某某, 负责人 过|某某 说: <see cref="RoleSurnames"/>); a name left untagged between a title and a verb of saying (<see cref="TitledPersons"/>); a name of three cut before its last character before a verb of saying or 在 whole (某阿|贵在, <see cref="GivenNameEnds"/>); Tibetan names whole (<see cref="TibetanNames"/>), and Mongolian names over their last element (乌日根|其其格, <see cref="MongolianNames"/>), Yi names over their fourth character (吉克伍|呷, <see cref="YiNames"/>), Japanese names over their family name's first character (藤|井优斗, <see cref="JapaneseNames"/>), a rare compound surname and its given name (<see cref="CompoundSurnames"/>), two persons that touch one when either holds a transliteration's dot, and a dotted name's edges mended (<see cref="DottedNames"/>); the names in a dateline's byline (<see cref="Bylines"/>).</summary>
    PersonNames = 32,
    /// <summary>A name before company words, in a list before a count of companies, or before a company role a company (<see cref="Companies.CompanyNames"/>); a person's studio or fan club an organisation (<see cref="PersonalBodies"/>); a quoted shop or mall its business (<see cref="QuotedShops"/>); a short name given with 简称 of its full name's type (<see cref="ShortNames"/>); a club named by its place and sponsor in a match an organisation (<see cref="SportsClubs"/>); a company introduced by what it does its name alone (<see cref="DescribedCompanies"/>), and none opened by a word for a firm (企业萌宠集, 餐饮企业某某有限公司: <see cref="DescribedCompanies.CutHeads"/>); a province, city or county before a registered name part of it (<see cref="RegisteredCompanies"/>); a fund named from its place an organisation (<see cref="NamedFunds"/>); the State Grid's provincial company an organisation (<see cref="GridCompanies"/>); a branch right after its company one organisation with it (<see cref="BranchOffices"/>); no role's qualifier (联席, 高级) in or as an organisation (<see cref="RoleQualifiers"/>), nor the field a role is over (行政总裁, 海外业务负责人, 纽约大学营销学教授, <see cref="RoleFields"/>), nor a Latin title (英伟达CEO, <see cref="LatinRoleTitles"/>), nor a word for how firms are related (谷歌母公司, 某某集团控股的, <see cref="ParentCompanies"/>), nor a brand's shop word (星河茶饮新店, <see cref="ShopWords"/>); a medium's dateline (成都商报讯) an organisation (<see cref="MediaDatelines"/>); a firm's factory named by its place (比亚迪巴西工厂), and a firm run into the place of its arm before a team or manager (某公司欧洲 业务负责人), the firm and the place (<see cref="LocatedFactories"/>).</summary>
    Companies = 64,
    /// <summary>No direction as a place, a region word opening an organisation inside it (<see cref="DirectionWords"/>), but a direction opening a place inside it (西太平洋, <see cref="DirectionPrefixes"/>), no region's 区 (<see cref="RegionSuffixes"/>), and no verb of going opening a place (<see cref="GoingVerbs"/>) nor one of riding inside it (<see cref="TravelVerbs"/>), nor the sun, the earth or the moon alone (<see cref="CelestialBodies"/>), nor the two shores alone (两岸, <see cref="ShoreWords"/>).</summary>
    Directions = 128,
    /// <summary>No emoticon code ([太阳]) as a name (<see cref="NotNames.Emoticons"/>), nor a storm's (台风“杜鹃”, <see cref="StormNames"/>), nor a fruit's or tree's jieba reads as a name (杨梅, <see cref="PlantWords"/>), nor a quoted ship's, rocket's or product's (“郑和”舰, “华龙”一号, <see cref="VesselNames"/>), nor an event's (某某博览会, 某某组织峰会: the place or body inside it alone, <see cref="EventWords"/>).</summary>
    Emoticons = 256,
    /// <summary>A name with a bracketed qualifier inside one span, and a university or bank with its campus's bracketed city (中国石油大学（北京）, <see cref="BracketedNames"/>), a company with a bracketed place or 集团 before its 公司 one organisation from its name's start (<see cref="BracketedCompanies"/>), and none with a stray bracket or quotation mark at its edge (<see cref="PunctuationEdges"/>) nor across one inside it: a body run into its bracketed short form is the body and the short form (<see cref="CrossedBrackets"/>).</summary>
    Brackets = 512,
    /// <summary>
    /// An organisation stops before its department (<see cref="DepartmentNames"/>): a convention the guidelines do not follow, on
    /// only where a user's corrections do (<see cref="LabelRuleSet.Conventions"/>).
    /// </summary>
    Departments = 1024,
    /// <summary>The company in a product named after it an organisation (<see cref="ProductNames"/>).</summary>
    Products = 2048,
    /// <summary>A Latin name or abbreviation in brackets after a mention the same entity, a firm where one capitalised word glosses a person (科磊（KLA）, <see cref="LatinGlosses"/>), an untagged name before a brand's gloss in mixed case an organisation (与某某（Bluewhale）, <see cref="GlossedNames"/>), and a short form taken from its name, in quotation marks too if it opens as the name does (<see cref="ShortFormGlosses"/>), with a Latin gloss beside it in one bracket too (某某气象协会（海气协，IMMA）, <see cref="ShortFormGlosses.TagPairs"/>).</summary>
    Glosses = 4096,
    /// <summary>A Latin name listed with a mention (谷歌和Dollar Tree) of its type (<see cref="LatinCoordination"/>).</summary>
    LatinLists = 8192,
    /// <summary>No generic word for a body (公司, 实验室) as an organisation by itself, nor a body's delegation with it (某某协会代表团), nor such a word and its department (商会办公室) (<see cref="Bodies.GenericBodies"/>), nor for a kind of place (城中村) as or in a place (<see cref="GenericPlaces"/>).</summary>
    GenericBodies = 16384,
    /// <summary>Companies known by name: listed companies, firms and brands (<see cref="Companies.KnownCompanies"/>), and a firm's unit named from it (腾讯云, <see cref="SubsidiaryNames"/>).</summary>
    KnownCompanies = 32768,
    /// <summary>Latin-script names the dictionary knows, with their type (<see cref="Latin.LatinNames"/>), and none run on into a verb (<see cref="LatinNameTails"/>).</summary>
    LatinNames = 65536,
    All = 131071,
}

/// <summary>Applies the <see cref="LabelRules"/> to one sentence's decoded labels, in their order. Stateless.</summary>
internal static class LabelRuleSet
{
    /// <summary>Rules that state another convention than the guidelines': off unless a refined domain's corrections follow them.</summary>
    public const LabelRules Conventions = LabelRules.Departments;

    /// <summary>The rules a model applies unless told otherwise: all but the <see cref="Conventions"/>.</summary>
    public const LabelRules Defaults = LabelRules.All & ~Conventions;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Apply(LabelRules rules, ReadOnlySpan<char> sentence, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (rules.HasFlag(LabelRules.Abbreviations))
        {
            AbbreviationRuns.Split(sentence, labels, length);
            EmbeddedAbbreviations.Drop(sentence, words, baseOffset, labels, length);
            RegionNames.Join(sentence, words, baseOffset, labels, length);
            EconomicRegions.Tag(sentence, labels, length);
        }
        if (rules.HasFlag(LabelRules.Reduplication)) NotNames.Reduplication.Split(sentence, labels, length);
        if (rules.HasFlag(LabelRules.Brackets))
        {
            BracketedNames.Join(sentence, words, baseOffset, labels, length);
            BracketedNames.JoinCampuses(sentence, labels, length);
        }
        if (rules.HasFlag(LabelRules.Glosses))
        {
            LatinGlosses.Tag(sentence, labels, length);
            ShortFormGlosses.Tag(sentence, labels, length);
            ShortFormGlosses.TagPairs(sentence, labels, length);
        }
        if (rules.HasFlag(LabelRules.LatinNames))
        {
            Latin.LatinNames.Tag(sentence, labels, length);
            LatinNameTails.Cut(sentence, words, baseOffset, labels, length);
        }
        if (rules.HasFlag(LabelRules.LatinLists)) LatinCoordination.Tag(sentence, labels, length);
        if (rules.HasFlag(LabelRules.Facilities))
        {
            TransitLines.TagNumbered(sentence, words, baseOffset, labels, length);
            TransitLines.JoinLines(sentence, labels, length);
            TransitLines.TagAbbreviated(sentence, words, baseOffset, labels, length);
            TransitLines.RetypeStations(sentence, words, baseOffset, labels, length);
            NaturalFeatures.Tag(sentence, words, baseOffset, labels, length);
            CommunityNames.Join(sentence, words, baseOffset, labels, length);
            FacilityNames.RunToWordEnd(sentence, words, baseOffset, labels, length);
            FacilityNames.Extend(sentence, words, baseOffset, labels, length);
            PlantsAndReserves.Retype(sentence, labels, length); // after Extend: a province before a plant stays apart (E3)
            FacilityNames.CutTourLegs(sentence, labels, length);
            NamedMarkets.Tag(sentence, words, baseOffset, labels, length);
            NamedMarkets.JoinPlaces(sentence, words, baseOffset, labels, length);
            NamedPlants.Tag(sentence, words, baseOffset, labels, length);
            OpeningVerbs.Cut(sentence, labels, length);
        }
        if (rules.HasFlag(LabelRules.DivisionChains))
        {
            ListedPlaces.Tag(sentence, words, baseOffset, labels, length);
            DivisionWordEnds.Join(sentence, words, baseOffset, labels, length);
            UntaggedDivisions.Tag(sentence, words, baseOffset, labels, length);
            HeadOffices.Cut(sentence, words, baseOffset, labels, length);
            LinkingVerbs.Cut(sentence, words, baseOffset, labels, length);
            CoordinatedPlaces.Split(sentence, labels, length);
            Places.DivisionChains.Split(sentence, labels, length);
            ProvinceCities.Split(sentence, labels, length);
            CountyVillages.Split(sentence, labels, length);
            LocatedPlaces.Split(sentence, words, baseOffset, labels, length);
            LocatedPlaces.SplitAtParticle(sentence, words, baseOffset, labels, length);
            LocatedFacilities.Split(sentence, words, baseOffset, labels, length);
            ListedFacilities.Split(sentence, words, baseOffset, labels, length);
            CountryPlaces.Split(sentence, words, baseOffset, labels, length);
            PlacePairs.Split(sentence, words, baseOffset, labels, length);
            CountryPlayers.Retype(sentence, labels, length);
            ForeignPlaces.Retype(sentence, labels, length);
            ForeignPlaces.RetypeDatelines(sentence, labels, length);
            CoordinatedPlaces.RetypePersons(sentence, labels, length);
            PlaceTails.Cut(sentence, labels, length);
            PlaceTails.CutMorphemes(sentence, words, baseOffset, labels, length);
            PlaceTails.CutTeas(sentence, labels, length);
            DivisionCounts.Cut(sentence, labels, length);
            ChainTails.Tag(sentence, words, baseOffset, labels, length);
            WordEdges.Mend(sentence, words, baseOffset, labels, length);
        }
        if (rules.HasFlag(LabelRules.Bodies))
        {
            BorderStations.Retype(sentence, labels, length);
            BodyNames.Join(sentence, words, baseOffset, labels, length);
            CoordinatedBodies.Join(sentence, words, baseOffset, labels, length);
            CoordinatedBodies.SplitPairs(sentence, words, baseOffset, labels, length);
            Campuses.Join(sentence, words, baseOffset, labels, length);
            Embassies.Join(sentence, labels, length);
            RegionGovernments.Join(sentence, words, baseOffset, labels, length);
            RegionGovernments.JoinPlaces(sentence, labels, length);
            PlacedBodies.Join(sentence, words, baseOffset, labels, length);
            SessionBodies.Cut(sentence, labels, length);
            OrganisingVerbs.Cut(sentence, words, baseOffset, labels, length);
            DisciplineBodies.Cut(sentence, words, baseOffset, labels, length);
            InternationalBodies.Tag(sentence, words, baseOffset, labels, length);
            CoastGuards.Join(sentence, words, baseOffset, labels, length);
            NumberedSchools.Tag(sentence, words, baseOffset, labels, length);
            KeyLaboratories.Join(sentence, words, baseOffset, labels, length);
            NumberedTeams.Join(sentence, labels, length);
            NumberedTeams.JoinUnsent(sentence, labels, length);
            SchoolTeams.Cut(sentence, labels, length);
            CulturalBodies.Retype(sentence, labels, length);
        }
        if (rules.HasFlag(LabelRules.PersonNames))
        {
            RoleWordPersons.Cut(sentence, labels, length);
            RoleWordPersons.JoinSurnames(sentence, labels, length);
            RoleSurnames.Join(sentence, labels, length);
            TitledPersons.Tag(sentence, words, baseOffset, labels, length);
            GivenNameEnds.Join(sentence, words, baseOffset, labels, length);
            Persons.PersonNames.Apply(sentence, words, baseOffset, labels, length);
            Persons.PersonNames.TagHandles(sentence, labels, length);
            TibetanNames.Join(sentence, labels, length);
            MongolianNames.Join(sentence, labels, length);
            YiNames.Join(sentence, labels, length);
            JapaneseNames.Join(sentence, labels, length);
            JapaneseNames.Tag(sentence, labels, length);
            CompoundSurnames.Join(sentence, labels, length);
            DottedNames.Join(sentence, labels, length);
            DottedNames.MendEdges(sentence, words, baseOffset, labels, length);
            Bylines.Tag(sentence, labels, length);
        }
        if (rules.HasFlag(LabelRules.Companies))
        {
            CompanyNames.Apply(sentence, words, baseOffset, labels, length);
            RegisteredCompanies.Join(sentence, labels, length);
            NamedFunds.Tag(sentence, words, baseOffset, labels, length);
            PersonalBodies.Join(sentence, labels, length);
            QuotedShops.Tag(sentence, labels, length);
            BrandLists.Tag(sentence, labels, length);
            ShortNames.Tag(sentence, labels, length);
            SportsClubs.Tag(sentence, words, baseOffset, labels, length);
            DescribedCompanies.Tag(sentence, words, baseOffset, labels, length);
            DescribedCompanies.CutHeads(sentence, words, baseOffset, labels, length);
            GridCompanies.Tag(sentence, labels, length);
            BranchOffices.Join(sentence, labels, length);
            RoleQualifiers.Cut(sentence, labels, length);
            RoleFields.Cut(sentence, labels, length);
            RoleFields.CutDisciplines(sentence, labels, length);
            LatinRoleTitles.Cut(sentence, labels, length);
            MediaDatelines.Tag(sentence, labels, length);
            LocatedFactories.Split(sentence, labels, length);
            LocatedFactories.SplitUnits(sentence, labels, length);
        }
        if (rules.HasFlag(LabelRules.KnownCompanies))
        {
            Companies.KnownCompanies.Tag(sentence, words, baseOffset, labels, length);
            SubsidiaryNames.Join(sentence, words, baseOffset, labels, length);
        }
        // After the known companies, which run a listed firm on through a company word (京东物流 控股|股东).
        if (rules.HasFlag(LabelRules.Companies))
        {
            ParentCompanies.Cut(sentence, labels, length);
            ShopWords.Cut(sentence, labels, length);
            BrandLists.RetypeMajorities(sentence, labels, length);
            BrandLists.RetypeKnownFirmLists(sentence, labels, length);
            BrandLists.FillBetween(sentence, labels, length);
        }
        // Again, for the departments of the bodies the lists name (农业农村部 南海区渔政局: jieba's 农业/n 农村部/n, untagged before).
        if (rules.HasFlag(LabelRules.Bodies)) BodyNames.JoinDepartments(sentence, words, baseOffset, labels, length);
        if (rules.HasFlag(LabelRules.Products)) ProductNames.Apply(sentence, words, baseOffset, labels, length);
        if (rules.HasFlag(LabelRules.Departments)) DepartmentNames.Cut(sentence, words, baseOffset, labels, length);
        if (rules.HasFlag(LabelRules.Directions))
        {
            DirectionWords.Guard(sentence, labels, length);
            DirectionWords.JoinOpening(sentence, words, baseOffset, labels, length);
            DirectionPrefixes.Join(sentence, words, baseOffset, labels, length);
            RegionSuffixes.Cut(sentence, labels, length);
            GoingVerbs.Cut(sentence, words, baseOffset, labels, length);
            TravelVerbs.Cut(sentence, words, baseOffset, labels, length);
            CelestialBodies.Drop(sentence, labels, length);
            ShoreWords.Drop(sentence, labels, length);
        }
        if (rules.HasFlag(LabelRules.Emoticons))
        {
            NotNames.Emoticons.Drop(sentence, labels, length);
            StormNames.Drop(sentence, labels, length);
            PlantWords.Drop(sentence, labels, length);
            VesselNames.Drop(sentence, labels, length);
            EventWords.Cut(sentence, labels, length);
        }
        // After the bodies' and companies' rules, which may make or join a centre (江湾/LOC 文化中心/ORG).
        if (rules.HasFlag(LabelRules.Facilities))
        {
            VenueNames.Retype(sentence, labels, length);
            ResortNames.Join(sentence, labels, length);
        }
        if (rules.HasFlag(LabelRules.GenericBodies))
        {
            Bodies.GenericBodies.Drop(sentence, labels, length);
            GenericPlaces.Cut(sentence, labels, length);
        }
        // After the rules that cut a place from the firm it names (临江市/LOC 建设投资控股（集团）有限公司).
        if (rules.HasFlag(LabelRules.Brackets)) BracketedCompanies.Join(sentence, words, baseOffset, labels, length);
        if (rules.HasFlag(LabelRules.Brackets))
        {
            CrossedBrackets.Split(sentence, labels, length); // 某某研究中心（某研中心 → the body and its short form
            PunctuationEdges.Trim(sentence, labels, length); // it trims the others' spans
        }
        // Again, for the mentions the rules since made or trimmed (中芯国际（SMIC）: a known company's gloss; Gartner和IDC: a
        // known company's neighbour in a list).
        if (rules.HasFlag(LabelRules.Glosses))
        {
            GlossedNames.Tag(sentence, labels, length);
            LatinGlosses.Tag(sentence, labels, length);
            ShortFormGlosses.Tag(sentence, labels, length, runOn: true); // 山东省港口集团（山东港口） once the companies' rules cut 旗下 off it
            ShortFormGlosses.TagPairs(sentence, labels, length);
        }
        if (rules.HasFlag(LabelRules.LatinLists)) LatinCoordination.Tag(sentence, labels, length);
    }

    /// <summary>Parses a comma-separated list of rule names (person-names, division-chains …, or all); null with the names known when one is not.</summary>
    public static LabelRules? Parse(string list)
    {
        var rules = LabelRules.None;
        foreach (var name in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse<LabelRules>(name.Replace("-", ""), ignoreCase: true, out var rule) || int.TryParse(name, out _)) return null;
            rules |= rule;
        }
        return rules;
    }

    /// <summary>The rule names <see cref="Parse"/> reads.</summary>
    public static string Names => string.Join(", ", Enum.GetValues<LabelRules>().Where(r => r != LabelRules.None).Select(Name));

    /// <summary>The name of one rule as <see cref="Parse"/> reads it (PersonNames: person-names).</summary>
    public static string Name(LabelRules rule) =>
        string.Concat(rule.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>Each rule of <paramref name="rules"/> on its own, in the order of <see cref="LabelRules"/>.</summary>
    public static IEnumerable<LabelRules> Each(LabelRules rules) =>
        Enum.GetValues<LabelRules>().Where(r => r is not (LabelRules.None or LabelRules.All) && rules.HasFlag(r));

    /// <summary>The names of the <see cref="Defaults"/> that <paramref name="rules"/> leaves out, comma-separated; null when none.</summary>
    public static string? NamesOff(LabelRules rules) => List(Defaults & ~rules);

    /// <summary>The names of the <see cref="Conventions"/> that <paramref name="rules"/> holds, comma-separated; null when none.</summary>
    public static string? NamesOn(LabelRules rules) => List(Conventions & rules);

    private static string? List(LabelRules rules) => rules == LabelRules.None ? null : string.Join(",", Each(rules).Select(Name));
}
