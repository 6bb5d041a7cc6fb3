import ClaimlineCore
import Testing

func claimsRun(_ text: String, source: String? = nil, translator: String? = nil, setup: (inout ClaimsFixture) -> Void = { _ in }) -> Document {
    var f = ClaimsFixture(text, source: source, translator: translator)
    setup(&f)
    let d = f.run()
    d.checkSpans()
    return d
}

/// Direct quotes in every quote style of the genre: content with its marks (as PARC and
/// PolNeAR mark it), the cue and the speaker.
@Suite("Claims: quote styles")
struct ClaimsQuoteStyleTests {
    @Test func straightDoubleQuotesWithTrailingCue() throws {
        let d = claimsRun(#""The mujahideen will never surrender," Abu Walid said on Monday."#)
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "\"The mujahideen will never surrender,\"")
        #expect(q.direct)
        #expect(d.text(q.cue) == "said")
        #expect(d.text(q.speaker?.span) == "Abu Walid")
    }

    @Test func aQuoteAColonIntroducesKeepsItsCueBeforeASentenceAfterIt() throws {
        let d = claimsRun("In a video, Abu Walid announced: “Hamaha was not killed by the French.” The Reverend Tim Costello, "
                          + "who leads the charity, says further explanation is needed.")
        let q = try #require(d.quotes.first { $0.direct })
        #expect(d.text(q.cue) == "announced")
        #expect(d.text(q.speaker?.span) == "Abu Walid")
    }

    @Test func aModalBeforeAColonsVerbIntroducesTheQuote() throws {
        let d = claimsRun("A spokesperson for the Prime Minister’s Office, asked whether there had been any side agreement, "
            + "would say only: “In a democracy there is no such thing as an unwritten agreement.” "
            + "The minister may say: “No.” He would say, 'uh huh,' and turn away.")
        d.checkSpans()
        let only = try #require(d.quotes.first { d.text($0.span)?.hasPrefix("“In a democracy") == true })
        #expect(d.text(only.cue) == "say")
        #expect(d.text(only.speaker?.span) == "A spokesperson for the Prime Minister’s Office")
        let may = try #require(d.quotes.first { d.text($0.span) == "“No.”" })
        #expect(d.text(may.speaker?.span) == "The minister")
        // Without a colon a modal's verb still introduces nothing ("would continue “until …”").
        #expect(!d.quotes.contains { d.text($0.span) == "'uh huh,'" && d.text($0.cue) == "say" })
    }

    @Test func aCueWithQuotedWordsOfItsOwnInTheNextSentenceIsNotTheQuotesBefore() throws {
        let d = claimsRun("He said the target was \"the headquarters of the occupiers.\" The UN office reported \"indirect fire\" with no injuries.")
        let reported = try #require(d.quotes.first { d.text($0.cue) == "reported" })
        #expect(d.text(reported.span) == "\"indirect fire\"")
        #expect(!d.quotes.contains { d.text($0.span) == "\"the headquarters of the occupiers.\"" && d.text($0.cue) == "reported" })
        // Nor one whose colon introduces its own.
        let told = claimsRun("The ministry says the toll stands at nine, \"including three security personnel.\" "
            + "Its spokeswoman, Hodan Cali Nuur, told reporters: \"The situation is under control.\"")
        #expect(told.quotes.filter { told.text($0.cue) == "told" }.map { told.text($0.span) } == ["\"The situation is under control.\""])
        // Nor one quoted "as saying" that something was so.
        let quoted = claimsRun("SONNA reported that the commander had been killed with \"international partners.\" A Somali army officer, "
            + "Maj Ahmed Nur Dhuhulow, was quoted by Radio Kulmiye on 13 March as saying that \"intelligence confirms he is among the dead.\"")
        #expect(quoted.quotes.filter { quoted.text($0.cue) == "saying" }.map { quoted.text($0.span) } == ["\"intelligence confirms he is among the dead.\""])
    }

    @Test func aRelativeClauseAfterTheNameStandsBeforeTheCue() throws {
        let d = claimsRun("“We will not negotiate,” Abu Walid, who leads the group, told AFP.")
        let q = try #require(d.quotes.first)
        #expect(d.text(q.cue) == "told")
        #expect(d.text(q.speaker?.span) == "Abu Walid")
    }

    @Test func wordsQuotedAtTheEndOfAReportBringTheirClosingMark() throws {
        let d = claimsRun("The army spokesman said the operation was “a complete success for our forces.” The town is calm.")
        #expect(d.quotes.count == 1)
        let q = try #require(d.quotes.first)
        #expect(!q.direct)
        #expect(d.text(q.span) == "the operation was “a complete success for our forces.”")
        // Words quoted inside, not at the edge, leave the report's edges as they are.
        let inner = claimsRun("The spokesman said the “martyrs” of Gao had fought bravely for two days.")
        #expect(inner.quotes.map { inner.text($0.span) } == ["the “martyrs” of Gao had fought bravely for two days"])
    }

    @Test func aStatementQuotedInPiecesSharesItsCueAndSpeaker() throws {
        for text in ["“We control the road to Kidal,” said the commander. “The enemy has fled.”",
                     "“We control the road to Kidal,” the commander said, “and the enemy has fled.”",
                     "“We control the road to Kidal,” the commander said ANI on 15 July: “The enemy has fled.”",
                     "“We control the road to Kidal,” said the commander. (We hold it.) “The enemy has fled.”"] {
            let d = claimsRun(text)
            #expect(d.quotes.count == 2, "\(text)")
            guard d.quotes.count == 2 else { continue }
            let (first, second) = (d.quotes[0], d.quotes[1])
            #expect(d.text(first.span) == "“We control the road to Kidal,”")
            #expect(second.rule == "quote.continued")
            #expect(second.cue == first.cue && d.text(second.cue) == "said")
            #expect(d.text(second.speaker?.span) == "the commander")
            #expect(second.speakerRule == "speaker.continued_quote")
        }
        // A translation note after a colon is no second piece of the statement.
        let note = claimsRun("« Il y a eu des morts civils », one shopkeeper said. [In French in the original: \"there were civilian deaths\".]")
        #expect(note.quotes.allSatisfy { $0.rule != "quote.continued" })
    }

    @Test func aQuoteOpeningTheSentenceAfterAReportGoesOnWithIt() throws {
        for text in ["The spokesman said the group was strong. “We will win.”",
                     "The group fears no attack, the spokesman said. “We are ready for them.”"] {
            let d = claimsRun(text)
            let quote = try #require(d.quotes.first { $0.direct }, "\(text)")
            #expect(d.text(quote.cue) == "said", "\(text)")
            #expect(d.text(quote.speaker?.span)?.lowercased() == "the spokesman", "\(text)")
            #expect(quote.speakerRule == "speaker.report_before", "\(text)")
        }
        // Not past a paragraph break, nor past another's words after the report.
        let paragraph = claimsRun("The spokesman said the group was strong.\n\n“We will win.”")
        #expect(paragraph.quotes.first { $0.direct }?.cue == nil)
    }

    @Test func aReportInsideADirectQuoteIsPartOfTheQuote() throws {
        for text in ["“I think we will win the battle of Gao,” Abu Walid said.",
                     "“Well, you know, the army has left the town,” he said."] {
            #expect(claimsRun(text).quotes.count == 1, "\(text)")
        }
        // A third party's belief is no quote of its own, but its claim keeps that voice.
        let third = claimsRun("“The French believe he is dead, but he is alive,” Abu Walid said.")
        #expect(third.quotes.map { third.text($0.span) } == ["“The French believe he is dead, but he is alive,”"])
        let killed = try #require(third.claims("killed").first)
        #expect(third.text(killed.speaker?.span) == "The French")
        #expect(third.text(third.claims("alive").first?.speaker?.span) == "Abu Walid")
        // An announcement there still gives its claim.
        let announced = claimsRun("“We announce the union of the four groups, Ansar Dine and AQIM,” the emir said.") { f in
            f.entity("Ansar Dine", "ORG", "org.ansar_dine")
        }
        #expect(announced.quotes.count == 1)
        #expect(announced.claims("announces").count == 1)
    }

    @Test func curlyQuotesWithInvertedCue() throws {
        let d = claimsRun("“We control the road to Kidal,” said the commander.")
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "“We control the road to Kidal,”")
        #expect(d.text(q.cue) == "said")
        #expect(d.text(q.speaker?.span) == "the commander")
        #expect(q.speakerRule == "speaker.role_unresolved")
        #expect(q.speaker?.entity == nil)
    }

    @Test func guillemetsWithLeadingCue() throws {
        let d = claimsRun("The spokesman Mohamed Ould Sidi told reporters: « The French have lost many soldiers in Gao. »")
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "« The French have lost many soldiers in Gao. »")
        #expect(d.text(q.cue) == "told")
        #expect(d.text(q.speaker?.span) == "Mohamed Ould Sidi")
        // "reporters" name no outlet: the chain is the spokesman alone.
        #expect(q.chain.map(\.role) == ["spokesman"])
    }

    @Test func britishSingleQuotes() throws {
        let d = claimsRun("'Our brothers are safe and the enemy is lying,' the group's emir said.")
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "'Our brothers are safe and the enemy is lying,'")
        #expect(d.text(q.cue) == "said")
        #expect(d.text(q.speaker?.span) == "the group's emir")
    }

    @Test func mismatchedClosingMarkAfterComma() throws {
        let d = claimsRun("“The convoy was not attacked, “said the army spokesman.")
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "“The convoy was not attacked, “")
        #expect(d.text(q.cue) == "said")
        #expect(d.text(q.speaker?.span) == "the army spokesman")
    }

    @Test func unclosedQuoteEndsAtTheParagraph() throws {
        let d = claimsRun("He said: “The brothers in Timbuktu are safe and will return.\nOther news from the region follows.")
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "“The brothers in Timbuktu are safe and will return.")
        #expect(q.rule == "quote.unclosed")
        #expect(d.text(q.cue) == "said")
    }

    @Test func quoteRunningOverParagraphs() throws {
        let text = "The statement said: “We have taken the town of Gao after heavy fighting.\n\n“Our fighters lost no one in the battle.”"
        let d = claimsRun(text)
        let q = try #require(d.quotes.first { $0.direct })
        #expect(d.text(q.span)?.hasPrefix("“We have taken the town of Gao") == true)
        #expect(d.text(q.span)?.hasSuffix("lost no one in the battle.”") == true)
        #expect(d.quotes.filter(\.direct).count == 1)
    }

    @Test func nestedSingleQuotesInsideDoubleQuotes() throws {
        let d = claimsRun(#""The minister told us 'the leader was killed in the raid', but that is a lie," the spokesman said."#)
        let outer = try #require(d.quotes.first { $0.direct && $0.rule == "quote.marks" })
        #expect(d.text(outer.speaker?.span) == "the spokesman")
        let inner = try #require(d.quotes.first { $0.rule == "quote.nested" })
        #expect(d.text(inner.span) == "'the leader was killed in the raid'")
        #expect(d.text(inner.speaker?.span) == "The minister")
        // The nested chain: the minister, then the spokesman who repeated him.
        #expect(inner.chain.count >= 2)
        #expect(d.text(inner.chain[1].span) == "the spokesman")
    }

    @Test func scareQuotesAreNotStatements() {
        let d = claimsRun("The so-called “Drama” between the two groups was not serious, observers noted in the “liberated” areas.")
        #expect(!d.quotes.contains { d.string($0.span) == "Drama" || d.string($0.span) == "liberated" })
    }

    @Test func titlesInQuoteMarksAreNotStatements() {
        for text in ["The emir told Al Jazeera’s “Inside Story” that the truce was over.",
                     "His 2012 book “Make Your Kid a Mujahid” sold well in Gao.",
                     "On “Inside Story Tonight” last night, the emir said that the truce was over."] {
            let d = claimsRun(text)
            #expect(!d.quotes.contains { $0.direct }, "\(text)")
        }
        // Introduced by a colon, or short words with one capital: words said.
        for text in ["The fighters shouted: “Death to France.”", "“Neither do I,” the colonel said."] {
            #expect(claimsRun(text).quotes.filter(\.direct).count == 1, "\(text)")
        }
    }

    @Test func quoteWithoutCueTakesTheSpeakerOfTheQuoteBefore() throws {
        // In a paragraph of its own: not a second piece of the statement before it.
        let d = claimsRun("“We are ready,” Abu Talha said.\n\n“The enemy will see our answer soon.”")
        let second = try #require(d.quotes.filter(\.direct).dropFirst().first)
        #expect(d.text(second.span) == "“The enemy will see our answer soon.”")
        #expect(d.text(second.speaker?.span) == "Abu Talha")
        #expect(second.speakerRule == "speaker.previous_quote")
        #expect(second.cue == nil)
    }

    @Test func trailingDashSignature() throws {
        let d = claimsRun("“We will continue the jihad until the occupiers leave our land.”\n— Spokesman Abu Obeida Youssef al-Annabi")
        let q = try #require(d.quotes.first)
        #expect(q.cueRule == "cue.dash_signature")
        #expect(d.text(q.speaker?.span) == "Abu Obeida Youssef al-Annabi")
        #expect(q.speaker.flatMap(\.role) == "spokesman")
    }

    @Test func colonOnThePreviousLine() throws {
        let d = claimsRun("He also said:\n“The French claims are lies and propaganda.”", setup: { f in
            f.entity("He", "PER", nil)
        })
        let q = try #require(d.quotes.first)
        #expect(d.text(q.cue) == "also said")
        #expect(d.text(q.speaker?.span) == "He")
    }

    @Test func aStrayMarkDoesNotSwallowTheNextQuote() throws {
        let d = claimsRun("The crowd waved banners \u{201C}down with the occupiers and their allies. Later Abu Talha said: \u{201C}Our brothers are safe.\u{201D}")
        let q = try #require(d.quotes.first { $0.direct })
        #expect(d.text(q.span) == "“Our brothers are safe.”")
        #expect(d.text(q.speaker?.span) == "Abu Talha")
        #expect(d.quotes.filter(\.direct).count == 1)
        // With a cue of its own, the unclosed quote is the crowd's, up to its last sentence end.
        let shouted = claimsRun("The crowd shouted \u{201C}down with the occupiers and their allies. Later Abu Talha said: \u{201C}Our brothers are safe.\u{201D}")
        #expect(shouted.quotes.filter(\.direct).map { shouted.text($0.span) } == ["“down with the occupiers and their allies.", "“Our brothers are safe.”"])
        #expect(shouted.quotes.filter(\.direct).map { shouted.text($0.speaker?.span) } == ["The crowd", "Abu Talha"])
    }

    @Test func mixedQuoteInsideReportedSpeech() throws {
        let d = claimsRun("President Keita said the goal of the meeting was \"to take stock of the situation in the north\".")
        let reported = try #require(d.quotes.first { !$0.direct })
        // The name is the speaker mention; the title is its role.
        #expect(d.text(reported.speaker?.span) == "Keita")
        #expect(reported.speaker?.role == "president")
        // A mixed quote is one reported quote holding the marks (annotation guide, section 3).
        #expect(d.text(reported.span) == "the goal of the meeting was \"to take stock of the situation in the north\"")
        #expect(!d.quotes.contains { $0.direct })
    }

    @Test func aSubjectBeforeTheMarkMakesAMixedQuote() throws {
        // The quote opens after the clause's subject: it is part of the clause, not all of it.
        let d = claimsRun("Clinton said he \u{201C}has offended Hispanics and women.\u{201D}")
        #expect(d.quotes.count == 1)
        let q = try #require(d.quotes.first)
        #expect(!q.direct)
        #expect(d.text(q.span) == "he \u{201C}has offended Hispanics and women.\u{201D}")
        #expect(d.text(q.speaker?.span) == "Clinton")
    }

    @Test func aSubjectBeforeAQuoteThatACueFollowsMakesAMixedQuote() throws {
        let d = claimsRun("Both parties \"saw Mali as a state under pressure,\" the envoy said. \"It was like pushing on an open door.\"")
        let mixed = try #require(d.quotes.first)
        #expect(!mixed.direct)
        #expect(d.text(mixed.span) == "Both parties \"saw Mali as a state under pressure,\"")
        #expect(d.text(mixed.speaker?.span) == "the envoy")
        // The next piece continues the statement, with its cue and speaker.
        let next = try #require(d.quotes.last)
        #expect(next.direct && d.text(next.speaker?.span) == "the envoy" && d.text(next.cue) == "said")
        // A clause before the marks with a verb or conjunction of its own leaves them a direct quote.
        let own = claimsRun("The peacekeepers repelled the attack and \"a number of assailants were neutralised,\" the mission said.")
        #expect(own.quotes.count == 1 && own.quotes[0].direct)
    }

    @Test func aCueThatAColonFollowsIntroducesTheNextQuote() throws {
        let d = claimsRun("Hamady told Sahara Medias: \u{201C}The claims are fabrications.\u{201D} He also maintained: \u{201C}Our brothers are safe.\u{201D}")
        #expect(d.quotes.map { d.text($0.cue) } == ["told", "also maintained"])
        #expect(d.quotes.allSatisfy { d.text($0.speaker?.span) != nil })
        let that = claimsRun("The statement, signed by the \"Shura Council\", says that the new group will target France.")
        #expect(that.quotes.map { that.text($0.span) } == ["that the new group will target France"])
    }

    @Test func aNameInQuoteMarksIsNoStatement() throws {
        let d = claimsRun("Two groups merged into one called \"Al-Mourabitoun\", according to a statement.")
        #expect(!d.quotes.contains { $0.direct })
        // A quoted name in apposition speaks.
        let channel = claimsRun("A Telegram channel close to the group, \"Grey Zone\", wrote that the commander had been killed.")
        #expect(channel.quotes.map { channel.text($0.speaker?.span) } == ["Grey Zone"])
        // With a preposition among its words, and with no comma: it speaks, its words reported.
        for text in ["Belmokhtar's brigade, the \"Signatories in Blood\", later said it had taken part in the operation.",
                     "The \"Signatories in Blood\" said it had taken part in the operation."] {
            let brigade = claimsRun(text)
            #expect(brigade.quotes.map { brigade.text($0.speaker?.span) } == ["Signatories in Blood"], "\(text)")
            #expect(brigade.quotes.map { brigade.text($0.span) } == ["it had taken part in the operation"], "\(text)")
        }
    }

    @Test func quoteFillingAReportIsDirect() throws {
        let d = claimsRun("The minister said that \"the territorial integrity of Mali is not negotiable\".") { f in
            f.entity("Mali", "LOC", "loc.mali")
        }
        #expect(d.quotes.count == 1)
        let q = try #require(d.quotes.first)
        #expect(q.direct)
        #expect(d.text(q.span) == "\"the territorial integrity of Mali is not negotiable\"")
        #expect(d.text(q.cue) == "said")
        #expect(d.text(q.speaker?.span) == "The minister")
    }

    @Test func dateBetweenTheVerbAndTheColon() throws {
        let d = claimsRun("Adnan Abou Walid al-Sahraoui, a commander of MNLA, said Reuters 7.7.2013: “We challenge the French to provide evidence.”")
        let q = try #require(d.quotes.first)
        #expect(d.text(q.cue) == "said")
        #expect(d.text(q.speaker?.span) == "Adnan Abou Walid al-Sahraoui")
        #expect(q.chain.map(\.name) == ["Adnan Abou Walid al-Sahraoui", "Reuters"])
    }

    @Test func closingMarkWithoutOpeningOne() throws {
        let d = claimsRun("The report said many things.\nThe French are lying about the raid on Kidal,\u{201D} the spokesman said.")
        let q = try #require(d.quotes.first { $0.direct })
        #expect(q.rule == "quote.missing_open")
        #expect(d.text(q.span) == "The French are lying about the raid on Kidal,”")
        #expect(d.text(q.speaker?.span) == "the spokesman")
    }

    @Test func strayClosingMarksOfOneParagraphReachBackOverOneAnotherAtMost() throws {
        let sentence = "The French are lying about the raid,\u{201D} the spokesman said. "
        let d = claimsRun(String(repeating: sentence, count: 40))
        let stray = d.quotes.filter { $0.rule == "quote.missing_open" }.sorted { $0.span.end < $1.span.end }
        #expect(stray.count == 40)
        #expect(d.text(stray[0].span) == "The French are lying about the raid,”")
        // The second reaches back to the paragraph start, over the first mark; later ones start after
        // the mark two before theirs, so the quotes do not all hold the whole paragraph.
        #expect(stray[1].span.start == 0)
        let length = sentence.unicodeScalars.count, afterMark = "The French are lying about the raid,\u{201D} ".unicodeScalars.count
        for (k, q) in stray.enumerated().dropFirst(2) { #expect(q.span.start == (k - 2) * length + afterMark) }
    }

    @Test func theSpeakerOfAColonQuoteStandsBeforeAnAsideClosingAtTheCue() throws {
        // The aside may quote a word of its own; the phrase before the cue is not who speaks.
        for text in ["The group, which was founded in 2012, said: “We killed 20 soldiers in the attack.”",
                     "The group, founded in 2012, said: “We killed 20 soldiers in the attack.”",
                     "The group, which the army described as “terrorists”, said: “We killed 20 soldiers in the attack.”",
                     "The group, which the army described as terrorists, said, “We killed 20 soldiers in the attack.”"] {
            let d = claimsRun(text)
            let q = try #require(d.quotes.first { $0.direct && d.text($0.span)?.hasPrefix("“We") == true }, "\(text)")
            #expect(d.text(q.cue) == "said", "\(text)")
            #expect(d.text(q.speaker?.span) == "The group", "\(text)")
        }
    }

    @Test func aCueAfterAQuotedWordThatOpensItsOwnClauseDoesNotSayTheWord() throws {
        // "…, said it killed": "it" with a verb is the subject of what was said, not an inverted speaker.
        let d = claimsRun("The group, which the army described as “terrorists”, said it killed 20 soldiers.")
        #expect(!d.quotes.contains { d.text($0.span) == "“terrorists”" && d.text($0.cue) == "said" })
        let q = try #require(d.quotes.first { d.text($0.cue) == "said" })
        #expect(d.text(q.span) == "it killed 20 soldiers")
        #expect(d.text(q.speaker?.span) == "The group")
        // An inverted speaker named May is still the speaker.
        let e = claimsRun("\"We felt we had to come,\" said Elsie May, who joined the throng.") { f in f.entity("Elsie May", "PER", nil) }
        #expect(e.text(e.quotes.first?.speaker?.span) == "Elsie May")
    }

    @Test func aRoleOfAGroupWithTwoPlainWordsBeforeTheNameInApposition() throws {
        let d = claimsRun("“The settlement remains ours,” a spokesman for the Khortytsia operational-strategic grouping, "
                          + "Lieutenant Colonel Nazar Voloshyn, told the national telethon.") { f in f.entity("Nazar Voloshyn", "PER", nil) }
        let q = try #require(d.quotes.first)
        #expect(d.text(q.cue) == "told")
        #expect(d.text(q.speaker?.span) == "Nazar Voloshyn")
    }

    @Test func aQuoteAfterARejectedClaimIsTheRejectersNotTheClaimants() throws {
        let d = claimsRun("The army rejected the ministry's claim that the town had been captured. “The town remains ours.”")
        let q = try #require(d.quotes.first { $0.direct })
        #expect(d.text(q.speaker?.span) == "The army")
        #expect(d.text(q.cue) == "rejected")
        // A report inside "according to" is the speaker's own and goes on as before.
        let e = claimsRun("According to AFP, the minister said that the town had fallen. “We will retake it.”")
        #expect(e.text(e.quotes.first { $0.direct }?.speaker?.span) == "the minister")
    }

    @Test func aBlockQuoteAfterAColonIsTheWordsOfWhoeverTheColonIntroduces() throws {
        let d = claimsRun("One of the more careful accounts wrote:\n\n> \"Terrain matches an area near Sotk.\"\n> — Kaukasus OSINT, 23 Apr 2024\n\n"
                          + "As one commentator put it in a thread:\n\n> \"Moscow welcomes it the way a landlord welcomes a tenant.\"")
        #expect(d.quotes.map { d.text($0.cue) } == ["wrote", "put it"])
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["careful accounts", "one commentator"])
    }

    @Test func quotedWordsAfterASentenceOfAPersonsOwnAreThatPersons() throws {
        let d = claimsRun("Colonel Musa arrived late. He shrugged. \"They always take things back to the capital.\" "
                          + "He refused to be drawn on details: \"Those who want to know, let them wait and watch.\"") { f in
            f.entity("Musa", "PER", nil)
        }
        #expect(d.quotes.map { $0.speakerRule } == ["speaker.subject_before", "speaker.colon_subject"])
        #expect(d.quotes.map { $0.speaker?.name } == ["Musa", "Musa"])
    }

    @Test func aDigestLinesLabelBeforeAColonNamesWhoseWordsTheQuoteIs() throws {
        let d = claimsRun("06:40 — FAMa communiqué (read on ORTM at 06:30): \"the terrorist armed groups suffered heavy losses\" near Tinzaouatène.\n\n"
                          + "11:30 — Niger MoD statement: \"an attempted infiltration\" repelled at Tassia.\n\n"
                          + "10:45 — A government spokesperson, on RTB: rumours of a mutiny are \"pure fabrication by enemies of the Revolution\".\n\n"
                          + "Analysis: Veto Power Impedes Peace Efforts: \"the scourge of war\" goes on.") { f in
            f.entity("FAMa", "ORG", "org.fama")
        }
        #expect(d.quotes.map { d.text($0.speaker?.span) ?? "-" } == ["FAMa", "Niger MoD", "A government spokesperson", "-"])
        #expect(d.quotes.first?.speaker?.entity == "org.fama")
    }

    @Test func anIndentedStatementAfterItsIntroductionIsTheIssuersQuote() throws {
        let text = "Posted by a translator\n\n"
            + "Below is my translation of a statement that began circulating on channels close to JNIM on Saturday.\n\n"
            + "    The mujahideen ambushed a convoy of the army near Djibo.\n\n"
            + "    The brothers killed more than sixty soldiers.\n\n"
            + "The figure is probably inflated. Gunmen killed the mayor of Djibo."
        let d = claimsRun(text) { f in
            f.entity("JNIM", "ORG", "org.jnim")
            f.entity("Djibo", "LOC", "loc.djibo")
            f.entity("Djibo", "LOC", "loc.djibo", 2)
        }
        let q = try #require(d.quotes.first { $0.rule == "quote.indented_block" })
        #expect(q.direct)
        #expect(d.text(q.span)?.hasPrefix("The mujahideen ambushed") == true)
        #expect(d.text(q.span)?.hasSuffix("more than sixty soldiers.") == true)
        #expect(q.speaker?.entity == "org.jnim")
        #expect(d.claims("killed").contains { $0.speaker?.entity == "org.jnim" && $0.quote == q.id })
        // The blogger's own sentence after the block is not the statement's.
        #expect(!d.claims("killed").contains { $0.speaker?.entity == "org.jnim" && $0.quote == nil })
        // Indented lines with no statement named before them are no one's quote.
        let e = claimsRun("Notes on the week.\n\n    The convoy left Djibo.\n\n    It arrived in Kaya.") { f in f.entity("Djibo", "LOC", "loc.djibo") }
        #expect(e.quotes.isEmpty)
    }
}
