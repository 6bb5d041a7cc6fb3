import ClaimlineCore
import Testing

/// Reporting clauses as news agencies write them: a bare clause whose subject could be the
/// verb's object, a reporting clause after the content with its speaker after the verb, a
/// counted or bracketed speaker, and a reporting verb that shares its sentence's subject.
@Suite("Claims: news reporting clauses")
struct ClaimsNewsReportingTests {
    /// The one quote of `text`, its content, cue, speaker and rule as text.
    private func onlyQuote(_ text: String) throws -> (content: String?, cue: String?, speaker: String?, rule: String) {
        let d = claimsRun(text)
        #expect(d.quotes.count == 1, "\(d.quotes.count) quotes in: \(text)")
        let q = try #require(d.quotes.first)
        return (d.text(q.span), d.text(q.cue), d.text(q.speaker?.span), q.rule)
    }

    @Test func anObjectEndsBeforeTheSpeakersNextActInThePastTense() throws {
        #expect(try onlyQuote("The army acknowledged an attack on the camp but put the toll at 12 dead.").content == "an attack on the camp")
        #expect(try onlyQuote("Members of the public found the boy sitting on a kerb and returned him to his parents.").content
            == "the boy sitting on a kerb")
        // A clause with its own verb goes on ("threw rocks …, and slashed his belongings"), and
        // so does an object whose "-ed" word is an adjective ("and forced deportation").
        #expect(try onlyQuote("He said bullies threw rocks at him and slashed his belongings.").content
            == "bullies threw rocks at him and slashed his belongings")
        #expect(try onlyQuote("The court found the men guilty of torture and forced deportation.").content
            == "the men guilty of torture and forced deportation")
    }

    @Test func aStateInThePastTenseMakesAClauseOfThreeWords() throws {
        #expect(try onlyQuote("The group said its leader survived.").content == "its leader survived")
        let d = claimsRun("The group acknowledged the losses but said its leader survived.")
        #expect(d.quotes.map { d.text($0.span) }.last == "its leader survived")
        // An object is still no clause.
        #expect(claimsRun("The minister denied the report.").quotes.isEmpty)
    }

    @Test func aCountWithAnAsideBeforeItsVerbOpensAClause() throws {
        for text in ["The CMA said at least 11 civilians, including children, were killed in the strike.",
                     "The CMA said 11 civilians, mostly women, were killed."] {
            let d = claimsRun(text) { f in f.entity("CMA", "ORG", "org.cma") }
            #expect(d.quotes.count == 1, "\(text)")
            #expect(d.quotes.first.map { d.text($0.span)!.hasSuffix("were killed in the strike") || d.text($0.span)!.hasSuffix("were killed") } == true, "\(text)")
            // Who said it is never the one killed.
            #expect(d.claims("killed").allSatisfy { $0.subject?.entity != "org.cma" && $0.speaker?.entity == "org.cma" }, "\(text)")
        }
        // A count and its apposition are no clause without a verb after them.
        #expect(claimsRun("The CMA reported 11 attacks, including two ambushes, last month.") { f in f.entity("CMA", "ORG", "org.cma") }
            .quotes.isEmpty)
    }

    @Test func aNameAfterAPassiveAndAPrepositionIsNoneOfItsSubject() throws {
        let d = claimsRun("The company said two crew members were injured in the attack and returned to the Seamaster.") { f in
            f.entity("Seamaster", "ORG", "org.seamaster")
        }
        #expect(d.claims("wounded").map { $0.subject?.entity } == [nil])
        // Before the passive it still is.
        let before = claimsRun("Hamaha was killed in Gao, the army said.") { f in
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
            f.entity("Gao", "LOC", "loc.gao")
        }
        #expect(before.claims("killed").map { $0.subject?.entity } == ["per.omar_ould_hamaha"])
    }

    @Test func aRelativeClauseAfterAPassivesAgentHoldsNoneOfItsSubject() throws {
        let d = claimsRun("The girls were kidnapped by armed bandits who stormed the Federal Government College.") { f in
            f.entity("Federal Government College", "ORG", "org.fgc")
        }
        #expect(d.claims("captured").allSatisfy { $0.subject?.entity != "org.fgc" })
    }

    @Test func theSpeakerOfAVerbNoContentWasFoundForIsNoSubjectAfterIt() throws {
        // No clause read after "said" (a list, a parenthesis): the CMA still did not die.
        let d = claimsRun("The CMA said (in a post online) 11 civilians were killed.") { f in f.entity("CMA", "ORG", "org.cma") }
        #expect(d.claims("killed").allSatisfy { $0.subject?.entity != "org.cma" })
        // A cue right before the trigger keeps its subject: "Serbs maintain control".
        let kept = claimsRun("The Serbs maintain control of the town.") { f in f.entity("Serbs", "ORG", "org.serbian_forces") }
        #expect(kept.claims("controls").map { $0.subject?.entity } == ["org.serbian_forces"])
    }

    @Test func clauseOpenedByHisOrARoleNounTakesAFiniteVerb() throws {
        let his = try onlyQuote("Mr. Clarke said his fund has spent about $28 million on the work.")
        #expect(his.content == "his fund has spent about $28 million on the work")
        #expect(his.speaker == "Clarke")
        let officials = try onlyQuote("O'Neill said officials are in possession of the video.")
        #expect(officials.content == "officials are in possession of the video")
        // "his", a plural and a verb in the past tense.
        #expect(try onlyQuote("The president said his troops killed Abou Zeid.").content == "his troops killed Abou Zeid")
        #expect(claimsRun("The commander thanked his troops stationed in Gao.").quotes.isEmpty)
    }

    @Test func theSpeakerWithholdingMoreEndsTheContent() throws {
        for text in ["The army said al-Barnawi was killed but gave no details.",
                     "The army said al-Barnawi was killed but did not say how.",
                     "The army said al-Barnawi was killed and declined to give details.",
                     "The army said al-Barnawi was killed but would not elaborate."] {
            #expect(try onlyQuote(text).content == "al-Barnawi was killed", "\(text)")
        }
        // The content's own second clause stays.
        #expect(try onlyQuote("Police say he posed a deadly threat and refused to drop the gun.").content
                == "he posed a deadly threat and refused to drop the gun")
        #expect(try onlyQuote("Experts say her plans to raise taxes and give tax breaks would make the code more complicated.").content
                == "her plans to raise taxes and give tax breaks would make the code more complicated")
    }

    @Test func twoSpeakersJoinedByAndSpeakThroughTheFirst() throws {
        let d = claimsRun("France and Mali said Koufa had been killed.") { f in
            f.entity("France", "LOC", "loc.france")
            f.entity("Mali", "LOC", "loc.mali")
            f.entity("Koufa", "PER", "per.amadou_koufa")
        }
        #expect(try #require(d.claims("killed").first).speaker?.entity == "loc.france")
        let plain = try onlyQuote("The army and the police said the attackers fled.")
        #expect(plain.speaker == "The army")
        #expect(plain.content == "the attackers fled")
    }

    @Test func aReportInASubordinateClauseEndsWithTheClause() throws {
        let d = claimsRun("Three months after France said he had been killed, Koufa appeared in a video.")
        #expect(d.quotes.map { d.text($0.span) } == ["he had been killed"])
        #expect(try onlyQuote("When the army said the town had fallen, residents fled.").content == "the town had fallen")
        // An apposition inside the report is no clause of its own.
        let apposed = claimsRun("After the army said Hamaha, a leader of MUJAO, was killed, the group denied it.")
        #expect(apposed.quotes.contains { apposed.text($0.span) == "Hamaha, a leader of MUJAO, was killed" })
    }

    @Test func aNounOfSpeechBeforeQuotedWordsIsNotWhoSaysThem() throws {
        let d = claimsRun("The junta denied the UN's findings, calling the report \"biased\".")
        #expect(!d.quotes.contains { d.text($0.cue) == "report" })
        // A verb after a noun phrase still introduces its quote.
        let said = claimsRun("In its claim, the group said \"soldiers of the caliphate\" had attacked the base.")
        #expect(said.quotes.contains { said.text($0.cue) == "said" })
    }

    @Test func aRelativeThatAfterANounOfSpeechReportsNothing() throws {
        let d = claimsRun("The army said it killed 100 terrorists, a claim that could not be independently verified.")
        #expect(d.quotes.count == 1)
        #expect(d.text(d.quotes.first?.cue) == "said")
        #expect(claimsRun("The army denied the report that was published on Monday.").quotes.count == 1)
        // "that" as the clause's subject after a verb still opens it.
        #expect(try onlyQuote("He said that was a lie.").content == "that was a lie")
        // A clause after the noun is reported.
        #expect(claimsRun("The army rejected the claim that Hamaha was killed.").quotes.contains { $0.cueRule == "cue.claim" })
    }

    @Test func anAttackClaimedByAGroupInAnAsideLeavesTheReportTheSources() throws {
        let d = claimsRun("ISWAP fighters killed 20 soldiers in an ambush on Tuesday, two security sources said, in the latest attack claimed by the group.") { f in
            f.entity("ISWAP", "ORG", "org.iswap")
        }
        let said = try #require(d.quotes.first { d.text($0.cue) == "said" })
        #expect(d.text(said.span) == "ISWAP fighters killed 20 soldiers in an ambush on Tuesday")
        #expect(d.text(said.speaker?.span) == "two security sources")
        // The passive source claims the attack it follows, not the sources' report.
        #expect(d.claims("killed").allSatisfy { d.text($0.speaker?.span) == "two security sources" })
        #expect(!d.claims("killed").isEmpty)
        // A phrase of the content's own after the reporting clause stays in it.
        let marous = try onlyQuote("Capital expenditure in 1990 will rise slightly, Mr. Marous said, from an estimated $470 million this year.")
        #expect(marous.content == "Capital expenditure in 1990 will rise slightly, Mr. Marous said, from an estimated $470 million this year")
    }

    @Test func aSpeakerAfterTheContentMayBeDescribedAtLength() throws {
        // A relative clause after an inverted speaker describes the speaker.
        for text in ["The jihadists have left the town, said a local official who asked not to be named.",
                     "The jihadists have left the town, said a local official, who declined to be named."] {
            let q = try onlyQuote(text)
            #expect(q.content == "The jihadists have left the town")
            #expect(q.speaker == "a local official")
        }
        let anonymous = try onlyQuote("The jihadists have left the town, a local official told Reuters on condition of anonymity.")
        #expect(anonymous.content == "The jihadists have left the town")
        #expect(anonymous.speaker == "a local official")
        // Not a verb and its object after a subject's apposition.
        let noted = claimsRun("Ivanka Trump, the nominee's eldest daughter, noted the rule in the interview last week.")
        #expect(!noted.quotes.contains { noted.text($0.speaker?.span) == "the rule" })
    }

    @Test func aCountOpensAClauseWhenItsVerbFollows() throws {
        for (text, content) in [("The observatory said 30 fighters were killed in clashes.", "30 fighters were killed in clashes"),
                                ("The observatory said at least 30 fighters were killed.", "at least 30 fighters were killed"),
                                ("The ministry said more than 200 people had been arrested.", "more than 200 people had been arrested")] {
            #expect(try onlyQuote(text).content == content)
        }
        #expect(claimsRun("The general told 30 journalists about the raid.").quotes.isEmpty)
    }

    @Test func byInAnAsideOfTheClauseSubjectNamesNoSource() throws {
        let q = try onlyQuote("Officials say the program, run by the ministry, has brought billions of dollars to the north.")
        #expect(q.content == "the program, run by the ministry, has brought billions of dollars to the north")
        #expect(q.speaker == "Officials")
        // A passive report still takes its source after "by", a date between them.
        let d = claimsRun("The death of Hamaha, announced the same day by the Malian army, was false.")
        d.checkSpans()
        #expect(d.claims.contains { d.text($0.speaker?.span)?.hasSuffix("Malian army") == true }, "\(d.claims)")
    }

    @Test func aClauseAfterTheVerbAndItsComma() throws {
        let q = try onlyQuote("But in recent days, officials say, the army has withdrawn from Gao.")
        #expect(q.content == "the army has withdrawn from Gao")
        #expect(q.speaker == "officials")
        // Content before the speaker keeps the verb's comma an aside.
        let preposed = try onlyQuote("The town is calm, officials say, and the army has withdrawn.")
        #expect(preposed.content == "The town is calm")
        let subject = try onlyQuote("The army, officials say, has withdrawn from Gao.")
        #expect(subject.rule == "quote.reported_preposed")
        // A clause opened by a conjunction is no reported clause.
        #expect(claimsRun("His views were echoed by experts I spoke to about Mrs. Clinton's tax plans, as I did earlier.").quotes.isEmpty)
    }

    @Test func theOneWhoServesANamedPersonSpeaks() throws {
        for text in ["A spokesman for Mr. Obama said the president was tired.", "An aide to Mokhtar Belmokhtar said the leader was alive."] {
            let q = try onlyQuote(text)
            // The whole phrase before the verb, not the name that ends it.
            #expect(q.speaker == text.components(separatedBy: " said").first, "\(text)")
        }
    }

    @Test func whoReceivedAStatementIsNotItsSource() throws {
        let received = try onlyQuote("The two groups have merged, according to a joint statement received today by ANI.")
        #expect(received.speaker == "a joint statement")
        let issued = try onlyQuote("The two groups have merged, according to a statement issued by the army.")
        #expect(issued.speaker == "a statement issued by the army")
        // A statement from an organisation is the organisation's; a relative from a place is no place's.
        for text in ["According to a statement from AQIM, the two groups have merged.", "An audio message from AQIM said the two groups have merged."] {
            let d = claimsRun(text) { f in f.entity("AQIM", "ORG", "org.aqim") }
            #expect(d.quotes.map { $0.speaker?.entity } == ["org.aqim"], "\(text)")
        }
        // A possessor no table lists issued its statement all the same.
        #expect(try onlyQuote("The army's statement said twelve terrorists were neutralised.").speaker == "The army's statement")
        // After the quoted words too.
        let after = claimsRun("\"We did not start this fight,\" the group's statement said. "
                              + "'We did not want it,' the Brigades' statement said. 'But we will not allow it.'")
        #expect(after.quotes.map { after.text($0.speaker?.span) } == ["the group's statement", "the Brigades' statement", "the Brigades' statement"])
        // A plural's possessive apostrophe does the same ("the Brigades' statement").
        #expect(try onlyQuote("The Brigades' statement said the attack was a success.").speaker == "The Brigades' statement")
        let message = claimsRun("He said that Saddam's statement claimed the town had fallen.")
        #expect(message.quotes.map { message.text($0.speaker?.span) } == ["He", "Saddam's statement"])
        let relative = claimsRun("A relative from Gao said the town was calm.") { f in f.entity("Gao", "LOC", "loc.gao") }
        #expect(relative.quotes.map { $0.speaker?.entity } == [nil])
    }

    @Test func whereAStatementWasPostedDoesNotSpeak() throws {
        let posted = claimsRun("A statement posted on Telegram said the group had killed two soldiers.") { f in f.entity("Telegram", "ORG", "org.telegram") }
        let q = try #require(posted.quotes.first)
        #expect(posted.text(q.speaker?.span) == "A statement")
        #expect(q.speaker?.entity == nil)
        let dated = claimsRun("A video published on its website on Sunday said the town had fallen.") { f in f.date("Sunday", "2024-03-10") }
        #expect(dated.quotes.map { dated.text($0.speaker?.span) } == ["A video"])
        #expect(try onlyQuote("A statement posted online said the town had fallen.").speaker == "A statement")
        // Named in an aside after a statement named before, it is still the earlier issuer's.
        let aside = claimsRun("AQIM released a statement on Monday. The statement, posted on Telegram, said the town had fallen.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("Telegram", "ORG", "org.telegram")
        }
        #expect(aside.quotes.map { $0.speaker?.entity } == ["org.aqim"])
        // Who issued it still speaks.
        #expect(try onlyQuote("A statement issued by the army said the town had fallen.").speaker == "the army")
    }

    @Test func anOperationMaySpeak() throws {
        // "operation" is no compound's head: "The French operation said", "Sources close to the operation said".
        #expect(try onlyQuote("The French operation said it had killed Ba Ag Moussa.").speaker == "The French operation")
        #expect(try onlyQuote("Sources close to the operation said the army had killed 20 fighters.").speaker == "Sources close to the operation")
    }

    @Test func aStatementReadOrBroadcastSomewhereIsStillItsIssuers() throws {
        for text in ["A statement by the Nigerien army, read on national television on Thursday evening, said 14 soldiers were missing.",
                     "A statement by the Nigerien army, broadcast on state radio, said 14 soldiers were missing.",
                     "A statement read on national television said 14 soldiers were missing."] {
            let d = claimsRun(text) { f in
                if text.contains("army") { f.entity("Nigerien army", "ORG", "org.nigerien_army") }
                if text.contains("Thursday") { f.date("Thursday evening", "2024-03-07") }
            }
            #expect(d.quotes.map { d.text($0.span) } == ["14 soldiers were missing"], "\(text)")
            #expect(d.quotes.first?.speaker?.entity == (text.contains("army") ? "org.nigerien_army" : nil), "\(text)")
        }
    }

    @Test func whereTheWordsWereGivenMayCloseTheReportingClause() throws {
        for text in ["The town is calm, JNIM said in a statement.", "The town is calm, the group said in a communique on Monday.",
                     "The town is calm, JNIM said in a statement posted on Telegram.", "The town is calm, said JNIM in a video."] {
            let d = claimsRun(text) { f in
                if text.contains("JNIM") { f.entity("JNIM", "ORG", "org.jnim") }
                if text.contains("Monday") { f.date("Monday", "2024-03-04") }
            }
            #expect(d.quotes.map { d.text($0.span) } == ["The town is calm"], "\(text)")
            #expect(d.quotes.map { d.text($0.cue) } == ["said"], "\(text)")
        }
        // A statement's comma before a quote introduces the quote; "that" after it opens the content.
        let introduced = claimsRun("In Prague, President Havel said in a statement, \"Never have we been so safe.\"")
        #expect(introduced.quotes.map { introduced.text($0.span) } == ["\"Never have we been so safe.\""])
        let that = try onlyQuote("The group said in a statement posted on Telegram that the town was calm.")
        #expect(that.content == "that the town was calm")
        // A report is where words were given too; the noun inside reports nothing of its own.
        for text in ["The agency said in a report that the town was calm.", "The agency said in its annual report that the town was calm."] {
            let q = try onlyQuote(text)
            #expect(q.content == "that the town was calm" && q.cue == "said" && q.speaker == "The agency", "\(text)")
        }
        #expect(try onlyQuote("The town is calm, the agency said in a June report.").content == "The town is calm")
    }

    @Test func aColonAfterAClauseOfANamedSubjectIntroducesItsWords() throws {
        let d = claimsRun("Amadou Koufa taunted the ministry in a new video: \"They say they killed me, but here I am.\"") { f in
            f.entity("Amadou Koufa", "PER", "per.amadou_koufa")
        }
        let q = try #require(d.quotes.first)
        #expect(q.speaker?.entity == "per.amadou_koufa")
        #expect(q.cue == nil)
        // "they" inside his words is not he: their claim is theirs.
        #expect(d.claims("killed").map { $0.speaker?.entity } == [nil])
        // A list a report's noun introduces is no one's.
        #expect(claimsRun("The report lists three demands: \"Release the prisoners and leave.\"").quotes.allSatisfy { $0.speaker == nil })
    }

    @Test func whomTheWordsWereGivenToStandsBeforeThat() throws {
        for text in ["JNIM said in a message to the Mauritanian agency Al-Akhbar that Ag Moussa was still alive.",
                     "JNIM said, in a statement to the Mauritanian agency Al-Akhbar, that Ag Moussa was still alive."] {
            let d = claimsRun(text) { f in
                f.entity("JNIM", "ORG", "org.jnim")
                f.entity("Al-Akhbar", "ORG", "org.al_akhbar")
            }
            let q = try #require(d.quotes.first, "\(text)")
            #expect(d.quotes.count == 1, "\(text)")
            #expect(d.text(q.cue) == "said" && q.speaker?.entity == "org.jnim", "\(text)")
            #expect(d.text(q.span) == "that Ag Moussa was still alive", "\(text)")
            #expect(q.chain.map(\.entity) == ["org.jnim", "org.al_akhbar"], "\(text)")
        }
        // A reporting verb after the comma reports on its own.
        let adding = claimsRun("The group said it withdrew, adding that the town was calm.")
        #expect(adding.quotes.map { adding.text($0.cue) } == ["said", "adding"])
    }

    @Test func aListAfterTheColonIsOneStatement() throws {
        let q = try onlyQuote("Speaking by telephone, he said:\n\n- the attack was repulsed;\n- 12 fighters were killed.\n\nThe town is calm.")
        #expect(q.content == "the attack was repulsed;\n- 12 fighters were killed")
        #expect(q.cue == "said")
        #expect(q.rule == "quote.colon_list")
        // A list the author introduces with a noun is no one's statement.
        #expect(claimsRun("Some quick notes:\n\n- The video is dated.\n- The leader is alive.").quotes.isEmpty)
        // "The army said:" is the subject and its verb, as "he said:" is.
        let army = claimsRun("Fighting broke out overnight.\n\nThe army said:\n\n- Its units repelled an attack.\n- Two soldiers were killed.")
        #expect(army.quotes.map(\.rule) == ["quote.colon_list"])
        #expect(army.quotes.map { army.text($0.speaker?.span) } == ["The army"])
    }

    @Test func whoSignedAStatementIssuedIt() throws {
        // A word of the name is in lower case: the reading back from the verb finds no name there.
        let quoted = try onlyQuote("The statement, signed by the \"Shura council of Al-Mourabitoun\", says that the new group will target France.")
        #expect(quoted.speaker == "Shura council of Al-Mourabitoun")
        let issued = try onlyQuote("The communique, issued by the general staff, said that the town fell.")
        #expect(issued.speaker == "the general staff")
    }

    @Test func anObjectIsNoReportedClause() {
        for text in ["The general staff calls on it to remain vigilant.", "He told officials to leave the town.",
                     "The minister denied the report."] {
            #expect(claimsRun(text).quotes.isEmpty, "a quote in: \(text)")
        }
        // An event it names is what a denial or confirmation states, and whose claim it is.
        for (text, content) in [("The minister denied his death.", "his death"), ("The army confirmed his killing on Friday.", "his killing on Friday")] {
            let d = claimsRun(text)
            #expect(d.quotes.map { d.text($0.span) } == [content], "\(text)")
            #expect(d.claims("killed").first?.speaker != nil, "\(text)")
        }
    }

    @Test func aDayOrAPrepositionAfterTheVerbOpensNoClause() throws {
        let q = try onlyQuote("The border is closed, top black lawmakers said Friday afternoon, a day after the vote.")
        #expect(q.content == "The border is closed")
        #expect(q.speaker == "top black lawmakers")
        #expect(q.rule == "quote.reported_preposed")
    }

    @Test func speakerAfterTheVerbAtTheEndOfTheSentence() throws {
        let q = try onlyQuote("The officials felt comfortable with this arrangement, said Mr. Barrett, the lawyer.")
        #expect(q.content == "The officials felt comfortable with this arrangement")
        #expect(q.speaker == "Barrett")
        #expect(q.rule == "quote.reported_preposed")
        let counted = try onlyQuote("The meeting deteriorated from there, said one GOP source in the room.")
        #expect(counted.speaker == "one GOP source")
    }

    @Test func aCueOpeningTheTextReadsNothingBeforeIt() {
        for text in ["Said the spokesman, the town is ours.", "said", "and said his men had left", ", said Mr. Barrett."] {
            let d = claimsRun(text)
            d.checkSpans()
        }
    }

    @Test func anAddresseeAfterToldIsNoSpeaker() {
        let d = claimsRun("“We will destroy everything,” Oumar Ould Sidi, the spokesman, told Reuters by telephone.")
        #expect(!d.quotes.contains { d.text($0.speaker?.span) == "Reuters" })
    }

    @Test func aNamedPossessorsRoleAfterTheNameIsItsAside() throws {
        // "al Shabaab's military operations spokesman": a possessor of two words, two words before its role.
        let d = claimsRun("“The mujahideen overran the base,” Sheikh Abdiasis Abu Musab, al Shabaab's military operations spokesman, told Reuters.") { f in
            f.entity("Abdiasis Abu Musab", "PER", "per.abdiasis_abu_musab")
            f.entity("al Shabaab", "ORG", "org.al_shabaab")
            f.entity("Reuters", "ORG", "org.reuters")
        }
        #expect(d.quotes.map { $0.speaker?.entity } == ["per.abdiasis_abu_musab"])
        #expect(d.quotes.map { d.text($0.cue) } == ["told"])
    }

    @Test func countedSpeakerBeforeTheVerb() throws {
        let q = try onlyQuote("The reclamation work has met the standards, one West Virginia official said.")
        #expect(q.content == "The reclamation work has met the standards")
        #expect(q.speaker == "one West Virginia official")
        let according = try onlyQuote("The talks failed, according to two officials.")
        #expect(according.content == "The talks failed")
        #expect(according.speaker == "two officials")
    }

    @Test func sourceOfAccordingToRunsToTheComma() throws {
        let polls = try onlyQuote("According to exit polls, the senator had a ten-point lead among older voters.")
        #expect(polls.content == "the senator had a ten-point lead among older voters")
        #expect(polls.speaker == "exit polls")
        let aide = try onlyQuote("The senator will visit the city on Sunday, according to a campaign aide.")
        #expect(aide.content == "The senator will visit the city on Sunday")
        #expect(aide.speaker == "a campaign aide")
        let dashed = try onlyQuote("The advice is wrong — according to the journal.")
        #expect(dashed.content == "The advice is wrong")
        #expect(dashed.speaker == "the journal")
        let host = try onlyQuote("According to conservative talk radio host Rush Limbaugh, the move reeks of fear.")
        #expect(host.speaker == "Rush Limbaugh")
        // A relative aside on the source is no part of the content.
        let monitor = try onlyQuote("According to the monitoring group, which tracks jihadist websites, the fighters captured the town.")
        #expect(monitor.content == "the fighters captured the town")
        #expect(monitor.speaker == "the monitoring group")
        // So is an apposition describing it; a count after the comma is content.
        let described = try onlyQuote("According to the observatory, a Britain-based war monitor, at least 25 people were killed.")
        #expect(described.content == "at least 25 people were killed")
        let counted = try onlyQuote("According to the army, a total of 20 soldiers, five officers and 15 privates, were killed.")
        #expect(counted.content == "a total of 20 soldiers, five officers and 15 privates, were killed")
    }

    @Test func aNameAfterTheCommaOfAccordingToIsTheContentsSubject() throws {
        // No mark closes "a senior official, John Smith": the name is no apposition.
        let d = claimsRun("According to a senior official, John Smith was killed in the raid.") { f in
            f.entity("John Smith", "PER", "per.john_smith")
        }
        #expect(d.quotes.map { d.text($0.span) } == ["John Smith was killed in the raid"])
        #expect(d.quotes.first.map { d.text($0.speaker?.span) } == "a senior official")
        #expect(d.claims("killed").contains { $0.subject?.entity == "per.john_smith" && d.text($0.speaker?.span) == "a senior official" })
        // A comma after the name closes an apposition: the name is the source.
        let named = claimsRun("According to a spokesman, Ahmed Khan, the attack killed 12 soldiers.") { f in
            f.entity("Ahmed Khan", "PER", "per.ahmed_khan")
        }
        #expect(named.quotes.map { named.text($0.span) } == ["the attack killed 12 soldiers"])
        #expect(named.quotes.first?.speaker?.entity == "per.ahmed_khan")
    }

    @Test func accordingToAStatementMayNameItsMakingAtLength() throws {
        let d = try onlyQuote("According to a statement released by the group's media arm on Telegram on Sunday, the fighters killed 12 soldiers.")
        #expect(d.content == "the fighters killed 12 soldiers")
        #expect(d.speaker == "a statement released by the group's media arm on Telegram on Sunday")
        // Without a word for a statement, as long a phrase is no source.
        #expect(claimsRun("According to the maps drawn up by the group's leaders in the hills above the town on Sunday, the fighters left.")
            .quotes.isEmpty)
    }

    @Test func accordingToAReportNounNamesThatReport() throws {
        let d = try onlyQuote("According to reports from the area, the fighters overran three checkpoints.")
        #expect(d.content == "the fighters overran three checkpoints")
        #expect(d.speaker == "reports from the area")
    }

    @Test func accordingToBetweenASubjectAndItsVerbReportsTheClause() throws {
        let d = try onlyQuote("The militants, according to witnesses, arrived on motorcycles and opened fire on worshippers.")
        #expect(d.content == "The militants, according to witnesses, arrived on motorcycles and opened fire on worshippers")
        #expect(d.speaker == "witnesses")
        // After a clause of its own it closes that clause.
        #expect(try onlyQuote("Hamaha was killed in the raid, according to the army.").content == "Hamaha was killed in the raid")
    }

    @Test func aSourceBetweenASubjectAndItsVerbOfSpeechJoinsThatVerbsReport() throws {
        // The subject alone is no content of the aside's.
        let d = try onlyQuote("The agency, citing a police source, said 12 people died.")
        #expect(d.content == "12 people died")
        #expect(d.speaker == "The agency")
        #expect(try onlyQuote("The ministry, according to state media, denied that 12 people died.").speaker == "The ministry")
    }

    @Test func aLonePlainNounBeforeTheVerb() throws {
        let q = try onlyQuote("The officer was not wearing a recording device, police said.")
        #expect(q.content == "The officer was not wearing a recording device")
        #expect(q.speaker == "police")
    }

    @Test func aNamedSpeakersAppositionRunsOn() throws {
        let q = try onlyQuote("The first television ad could start this week, said Brian Baker, a strategist who advises the group.")
        #expect(q.content == "The first television ad could start this week")
        #expect(q.speaker == "Brian Baker")
    }

    @Test func thatAfterAnAsideClosedByAComma() throws {
        let q = try onlyQuote("Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never paid.")
        #expect(q.content == "that it means Trump never paid")
        #expect(q.speaker == "Clinton")
    }

    @Test func thatAfterTheOneToldAndATime() throws {
        let d = claimsRun("The minister told state television ORTM on Saturday evening that two suspects had been arrested.")
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "that two suspects had been arrested")
        #expect(d.text(q.speaker?.span) == "The minister")
    }

    @Test func aParticipleAfterACommaSpeaksForTheClauseSubject() throws {
        let d = claimsRun("He also claims that his fighters seized Bama and Gwoza, saying they are now under his control.")
        let q = try #require(d.quotes.first { d.text($0.cue) == "saying" })
        #expect(d.text(q.span) == "they are now under his control")
        #expect(d.text(q.speaker?.span) == "He")
        // The words after the participle are what was said, never its speaker.
        let denial = claimsRun("The spokesman denied that the group had lost the town, saying its fighters remained in position.")
        let saying = try #require(denial.quotes.first { denial.text($0.cue) == "saying" })
        #expect(denial.text(saying.span) == "its fighters remained in position")
        #expect(denial.text(saying.speaker?.span) == "The spokesman")
        // After a quote and its cue, the quote's speaker, named or not.
        let quoted = claimsRun("\"Hamaha is alive,\" the spokesman told ANI on Tuesday, adding that the French had lied.")
        let adding = try #require(quoted.quotes.first { quoted.text($0.cue) == "adding" })
        #expect(quoted.text(adding.speaker?.span) == "the spokesman")
    }

    @Test func aParticipleSpeaksForTheSubjectOfTheClausesVerbNotItsPossessorOrDateline() throws {
        let denied = claimsRun("Kenya's military spokesman Colonel Joseph Owuoth denied the claim, saying the attack had been repulsed.")
        let saying = try #require(denied.quotes.first { denied.text($0.cue) == "saying" })
        #expect(denied.text(saying.speaker?.span)?.hasSuffix("Joseph Owuoth") == true)
        let claimed = claimsRun("MOGADISHU (AFP) - Al-Shabaab militants claimed responsibility for an attack on a base, saying they had killed dozens of soldiers.")
        let said = try #require(claimed.quotes.first { claimed.text($0.cue) == "saying" })
        #expect(claimed.text(said.speaker?.span) != "MOGADISHU")
        #expect(claimed.text(said.speaker?.span)?.contains("Al-Shabaab") == true)
        // Not the subject of a clause that opens the sentence after a word.
        let shortly = claimsRun("Shortly after helicopters struck Gaza City, Sharon made a televised address, telling Israelis the war had begun.")
        let telling = try #require(shortly.quotes.first { shortly.text($0.cue) == "telling" })
        #expect(shortly.text(telling.speaker?.span) != "helicopters")
    }

    @Test func aParticipleAfterTheReportingClauseIsNoMoreContent() throws {
        let q = try onlyQuote("The shelling lasted three days, one shopkeeper said, describing the fear in the market.")
        #expect(q.content == "The shelling lasted three days")
        #expect(q.speaker == "one shopkeeper")
    }

    @Test func speakerBeforeABracketClosingAtTheVerb() throws {
        let q = try onlyQuote("Trump could embrace a clean energy policy, Sen. Lindsey Graham (R-S.C.) told The Huffington Post.")
        #expect(q.content == "Trump could embrace a clean energy policy")
        #expect(q.speaker == "Lindsey Graham")
    }

    @Test func aThatAfterADeterminerAndANounOpensARelativeClauseNotAReport() throws {
        let d = claimsRun("He said the attack that killed 20 soldiers was carried out by AQIM.")
        #expect(d.text(d.quotes.first?.span) == "the attack that killed 20 soldiers was carried out by AQIM")
        let stated = try onlyQuote("The ministry said in a statement that the hostages were freed.")
        #expect(stated.content == "that the hostages were freed")
        // A verb that ends the text has nothing after it to read.
        #expect(claimsRun("The army said Hamaha was killed. AQIM denied").quotes.count == 1)
    }

    @Test func aReportingNounInAppositionEndsTheContent() throws {
        let q = try onlyQuote("Officials said he may have been killed in Libya, a claim AQIM has not addressed.")
        #expect(q.content == "he may have been killed in Libya")
        let figure = try onlyQuote("The army said it had killed 40 militants, a figure that could not be independently verified.")
        #expect(figure.content == "it had killed 40 militants")
        // Not a count inside the words reported.
        #expect(try onlyQuote("The army said it had killed a number of militants.").content == "it had killed a number of militants")
    }

    @Test func aSemicolonAndAClauseOfItsOwnEndTheContent() throws {
        let other = try onlyQuote("Al-Shabaab said it had killed 30 soldiers; the Somali government put the toll at eight.")
        #expect(other.content == "it had killed 30 soldiers")
        // A pronoun goes on with the same speaker's words; a list's next item is no clause.
        let same = try onlyQuote("The group said the timing was not chosen; it only learned of the raid on Friday.")
        #expect(same.content == "the timing was not chosen; it only learned of the raid on Friday")
        let list = try onlyQuote("Police said he attacked clinics in Vancouver, British Columbia; Winnipeg, Manitoba; and Hamilton, Ontario.")
        #expect(list.content == "he attacked clinics in Vancouver, British Columbia; Winnipeg, Manitoba; and Hamilton, Ontario")
    }

    @Test func aReportInARelativeAsideEndsWithTheAside() throws {
        let d = claimsRun("Hamaha, whom the French said they had killed, is alive, the spokesman told ANI.")
        let said = try #require(d.quotes.first { d.text($0.cue) == "said" })
        #expect(d.text(said.span) == "they had killed")
        let told = try #require(d.quotes.first { d.text($0.cue) == "told" })
        #expect(d.text(told.span) == "Hamaha, whom the French said they had killed, is alive")
        #expect(d.text(told.speaker?.span) == "the spokesman")
        // Nested in the spokesman's report: the French words as the spokesman passed them on.
        #expect(said.chain.map { d.text($0.span) } == ["the French", "the spokesman", "ANI"])
    }

    @Test func aRelativePronounMayBeTheReportedClausesSubject() throws {
        let d = claimsRun("Belmokhtar, who the army says was killed in Libya, appeared in a new video.") { f in
            f.entity("Belmokhtar", "PER", "per.mokhtar_belmokhtar")
        }
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "was killed in Libya")
        #expect(d.text(q.speaker?.span) == "the army")
        let killed = try #require(d.claims("killed").first)
        #expect(killed.subject?.entity == "per.mokhtar_belmokhtar")
        #expect(d.text(killed.speaker?.span) == "the army")
        // A comma inside a number is no end of the aside.
        let count = claimsRun("They gave no numbers, which Britain estimates could reach 5,000 soldiers, officials said.")
        #expect(count.quotes.contains { count.text($0.span) == "could reach 5,000 soldiers" })
        // Or its object, after a claiming verb and a perfect infinitive.
        let object = claimsRun("Shekau, whom the army has repeatedly claimed to have killed, appeared in a new video.") { f in
            f.entity("Shekau", "PER", "per.abubakar_shekau")
        }
        #expect(object.quotes.map { object.text($0.span) } == ["to have killed"])
        #expect(object.claims("killed").map { $0.subject?.entity } == ["per.abubakar_shekau"])
        // Not when the pronoun is the claimer: "who claimed to have killed 30 soldiers".
        let claimer = claimsRun("Belmokhtar, who claimed to have killed 30 soldiers, appeared in a video.") { f in
            f.entity("Belmokhtar", "PER", "per.mokhtar_belmokhtar")
        }
        #expect(claimer.claims("killed").allSatisfy { $0.subject?.entity != "per.mokhtar_belmokhtar" })
        // A verb in the past after the cue, and a clause running to the sentence's end.
        let past = claimsRun("The raid, which the army said killed 12 militants, was the third this month. "
            + "He attacked the others for their donations, which he said were accompanied by favours.")
        #expect(past.quotes.map { past.text($0.span) } == ["killed 12 militants", "were accompanied by favours"])
        #expect(past.quotes.map { past.text($0.speaker?.span) } == ["the army", "he"])
    }

    @Test func aNameAfterTheVerbCountsAsOneWordOfTheClosingClause() throws {
        let q = try onlyQuote("Trump could embrace a clean energy policy, Lindsey Graham told The Huffington Post on Thursday.")
        #expect(q.content == "Trump could embrace a clean energy policy")
        #expect(q.speaker == "Lindsey Graham")
    }

    @Test func aRoleBeforeACommaAndAKnownNameEndsTheContent() throws {
        let d = claimsRun("Sen. Lindsey Graham spoke on Thursday. Skepticism has hurt the nominee with young voters, Graham said.") { f in
            f.entity("Lindsey Graham", "PER", "per.lindsey_graham")
            f.entity("Graham", "PER", "per.lindsey_graham", 2)
        }
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "Skepticism has hurt the nominee with young voters")
        #expect(d.text(q.speaker?.span) == "Graham")
    }

    @Test func verbAfterButSharesTheSpeakerOfTheReportItIsIn() throws {
        let d = claimsRun("The Malian army acknowledged heavy losses but said its units had carried out a withdrawal.") { f in
            f.entity("Malian army", "ORG", "org.malian_army")
        }
        // The object of "acknowledged" is reported too, with "but said …" in it (as annotators mark it).
        let q = try #require(d.quotes.first { d.text($0.span) == "its units had carried out a withdrawal" })
        #expect(q.speaker?.entity == "org.malian_army")
        #expect(q.speakerRule == "speaker.shared_subject")
    }

    @Test func aSpeakerAfterTheQuoteMayHoldAComplementAndAnOpeningParticipleIsNoSubject() throws {
        let d = claimsRun("\"It was a lie,\" the head of the regional council said.\n\n\"We are not going anywhere,\" a resident of the town told the BBC.\n\n"
                          + "Reached by telephone, a spokesman for the group, Abu Mohammed, told AFP that the hostages were alive.") { f in
            f.entity("BBC", "ORG", "org.bbc")
            f.entity("Abu Mohammed", "PER", nil)
            f.entity("AFP", "ORG", "org.afp")
        }
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["the head of the regional council", "a resident of the town", "Abu Mohammed"])
    }

    @Test func anAdverbialAsideBeforeTheVerbLeavesTheSubjectBeforeIt() throws {
        let d = claimsRun("The army said it had won. Al-Shabaab, however, dismissed the claim as \"baseless propaganda\", "
                          + "saying its fighters had repulsed the attack. The group, for its part, said it had lost no one.") { f in
            f.entity("Al-Shabaab", "ORG", "org.al_shabaab")
        }
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["The army", "Al-Shabaab", "Al-Shabaab", "The group"])
        // The participle after the quoted words reports its own content.
        #expect(d.quotes.map { d.text($0.span) }.contains("its fighters had repulsed the attack"))
        // An auxiliary and an adverb may stand between the aside and the verb.
        #expect(try onlyQuote("Community leaders, however, have repeatedly said that the group does not speak for them.").speaker
                == "Community leaders")
        // A preposition that opens the sentence names no one ("Outside the court").
        #expect(try onlyQuote("Outside the court, the brother, who declined to be named, said the family had been begging.").speaker
                == "the brother")
        // A threat assessment is a statement of its issuer's.
        #expect(try onlyQuote("The agency's threat assessment said that the networks had overtaken their rivals.").speaker
                == "The agency's threat assessment")
    }

    @Test func aShortNameInParenthesesStandsForTheKnownNameBeforeIt() throws {
        let d = claimsRun("The Kurdistan Workers Party (PKK) said it would fight. The Strategic Framework (CSP-DPA) said it would not.") { f in
            f.entity("Kurdistan Workers Party", "ORG", "org.pkk")
        }
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["Kurdistan Workers Party", "CSP-DPA"])
    }

    @Test func aColonInATimeOrAfterAClauseLeavesTheReport() throws {
        let d = claimsRun("Pentagon officials said they had heard about the crash just after 5:30am. "
                          + "Hamaha said the mujahideen were \"ready for them\":\n\n\"We will fight.\"\n\nHe told ANI on Saturday: \"We are safe.\"") { f in
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
            f.entity("ANI", "ORG", "org.ani")
        }
        #expect(d.quotes.contains { d.text($0.span) == "they had heard about the crash just after 5:30am" })
        #expect(d.quotes.contains { d.text($0.cue) == "said" && $0.speaker?.entity == "per.omar_ould_hamaha" && !$0.direct })
        // A relay and its date before the colon introduce the quote; they report nothing themselves.
        #expect(!d.quotes.contains { d.text($0.cue) == "told" && !$0.direct })
    }

    @Test func aSubjectAndItsParticipleAsideBeforeTheVerbSpeak() throws {
        let d = claimsRun("A local official, speaking on condition of anonymity because he was not authorised to speak to the media, "
                          + "said the attackers arrived on motorcycles. Islamic State's West Africa branch said it had executed 11 Christians.") { f in
            f.entity("Islamic State", "ORG", "org.islamic_state")
            f.entity("West Africa", "LOC", "loc.west_africa")
        }
        #expect(d.quotes.map { d.text($0.span) } == ["the attackers arrived on motorcycles", "it had executed 11 Christians"])
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["A local official", "Islamic State's West Africa branch"])
        // "led by X" opens such an aside too: what stands before it is no preposed content.
        let led = claimsRun("AQIM, led by Droukdel, warned France.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("Droukdel", "PER", "per.abdelmalek_droukdel")
            f.entity("France", "LOC", "loc.france")
        }
        #expect(led.quotes.allSatisfy { $0.speaker?.entity != "loc.france" })
    }

    @Test func anObjectBeforeAReportersClauseIsNoReportedClause() throws {
        let d = claimsRun("The kidnappers have demanded a ransom of 5 million euros, a security source told AFP, "
                          + "adding that the hostages were being held in the Menaka region. Unions say the workers deserve a pay rise, while Qantas maintains it cannot.") { f in
            f.entity("AFP", "ORG", "org.afp")
            f.entity("Menaka", "LOC", "loc.menaka")
            f.entity("Qantas", "ORG", nil)
        }
        #expect(!d.quotes.contains { d.text($0.cue) == "have demanded" })
        let told = try #require(d.quotes.first { d.text($0.cue) == "told" })
        #expect(d.text(told.span) == "The kidnappers have demanded a ransom of 5 million euros")
        let adding = try #require(d.quotes.first { d.text($0.cue) == "adding" })
        #expect(d.text(adding.speaker?.span) == "a security source")
        #expect(d.quotes.contains { d.text($0.cue) == "say" && d.text($0.speaker?.span) == "Unions" })
    }

    @Test func aParticipleAfterAReportingClauseIsThatClausesSpeakers() throws {
        let d = claimsRun("Hamaha is alive, the group said, adding that he was in Gao. The militants fired a missile at Eilat, "
                          + "a claim the Israeli military rejected, saying the missile had been intercepted.") { f in
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
            f.entity("Gao", "LOC", "loc.gao")
            f.entity("Eilat", "LOC", "loc.eilat")
            f.entity("Israeli military", "ORG", "org.israel_defense_forces")
        }
        let adding = try #require(d.quotes.first { d.text($0.cue) == "adding" })
        #expect(d.text(adding.speaker?.span) == "the group")
        let saying = try #require(d.quotes.first { d.text($0.cue) == "saying" })
        #expect(d.text(saying.span) == "the missile had been intercepted")
        #expect(saying.speaker?.entity == "org.israel_defense_forces")
    }

    @Test func verbAfterAndSharesTheSentenceSubject() throws {
        let text = "Keita visited the wounded in the hospital and said the security forces had killed two attackers."
        let d = claimsRun(text) { f in f.entity("Keita", "PER", "per.ibrahim_boubacar_keita") }
        let q = try #require(d.quotes.first { d.text($0.span) == "the security forces had killed two attackers" })
        #expect(q.speaker?.entity == "per.ibrahim_boubacar_keita")
    }

    @Test func anAsideBetweenCommasBeforeTheVerbIsNoContent() throws {
        let named = try onlyQuote("The spokesman for the group, Abu Obeida, said the fighters were safe.")
        #expect(named.content == "the fighters were safe")
        #expect(named.speaker == "Abu Obeida")
        #expect(named.rule == "quote.reported_that")
        let relative = try onlyQuote("The minister, who spoke on condition of anonymity, said the talks had failed.")
        #expect(relative.content == "the talks had failed")
        #expect(relative.speaker == "The minister")
        // An organisation's name inside the subject does not cut it short.
        let commander = claimsRun("A senior Taliban commander, who spoke on condition of anonymity, told Reuters that the district had fallen.") { f in
            f.entity("Taliban", "ORG", "org.taliban")
            f.entity("Reuters", "ORG", "org.reuters")
        }
        #expect(commander.text(commander.quotes.first?.speaker?.span) == "A senior Taliban commander")
        // A role before an aside that names the relaying agency speaks; the agency relays.
        let relayed = claimsRun("The spokesman of AQIM, quoted by ANI, said Hamaha was alive.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("ANI", "ORG", "org.ani")
        }
        let q = try #require(relayed.quotes.first)
        #expect(relayed.text(q.span) == "Hamaha was alive")
        #expect(relayed.text(q.speaker?.span) == "The spokesman of AQIM")
        #expect(q.chain.last?.entity == "org.ani")
        // A statement before the aside speaks for whoever issued it.
        let statement = claimsRun("AQIM released a statement on Monday. The group's statement, signed by its spokesman, said Hamaha was alive.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
        }
        #expect(statement.quotes.first?.speaker?.entity == "org.aqim")
        // After a quote, a statement of two words or named with its issuer is the issuer's.
        let after = claimsRun("AQIM issued an audio message. \"Victory is near,\" the audio message said. \"We are alive,\" the AQIM statement said.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("AQIM", "ORG", "org.aqim", 2)
        }
        #expect(after.quotes.map { after.text($0.speaker?.span) ?? "-" } == ["the audio message", "the AQIM statement"])
        #expect(after.quotes.allSatisfy { $0.speaker?.entity == "org.aqim" && after.text($0.cue) == "said" })
        // A name, then an aside of a possessor and its role, then the verb: the name speaks.
        let branch = claimsRun("Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's branch in the Sahel, claimed the attack. "
                               + "Its leader, the group's emir, said its fighters had killed 10 soldiers. Iyad Ag Ghaly, JNIM's emir, said the group would fight on.") { f in
            f.entity("Jama'at Nusrat al-Islam wal-Muslimin", "ORG", "org.jnim")
            f.entity("JNIM", "ORG", "org.jnim")
            f.entity("al-Qaeda", "ORG", "org.al_qaeda")
            f.entity("Iyad Ag Ghaly", "PER", "per.iyad_ag_ghaly")
            f.entity("JNIM", "ORG", "org.jnim", 2)
        }
        #expect(branch.claims("claims_responsibility").first?.speaker?.entity == "org.jnim")
        #expect(branch.quotes.last?.speaker?.entity == "per.iyad_ag_ghaly")
        // One that names its issuer is the issuer's, not its publisher's.
        let published = claimsRun("A JNIM statement, published by its Az-Zallaqa media arm, claimed the group had killed 30 soldiers.") { f in
            f.entity("JNIM", "ORG", "org.jnim")
            f.entity("Az-Zallaqa", "ORG", "org.az_zallaqa")
        }
        #expect(published.quotes.first?.speaker?.entity == "org.jnim")
        #expect(published.text(published.quotes.first?.speaker?.span) == "A JNIM statement")
        #expect(published.quotes.first?.chain.map(\.entity) == ["org.jnim", "org.az_zallaqa"])
        let d = claimsRun("His brigade, the Signed-in-Blood Battalion, has said nothing official.")
        #expect(d.quotes.isEmpty, "\(d.quotes.map { d.text($0.span) ?? "" })")
    }

    @Test func aRelativeClauseSpeaksForItsAntecedent() throws {
        let inside = try onlyQuote("Residents who fled the town said the militants had burned the market.")
        #expect(inside.content == "the militants had burned the market")
        #expect(inside.speaker == "Residents")
        let after = try onlyQuote("The senator endorsed Trump, who says he is honored.")
        #expect(after.content == "he is honored")
        #expect(after.speaker == "Trump")
        let direct = try onlyQuote("Trump refused to pay an architect who said he was stiffed.")
        #expect(direct.speaker == "an architect")
        // A date between the pronoun and the verb; a name after a preposition.
        let dated = claimsRun("He met McConnell, who in 2010 said the goal was to win.") { f in f.date("2010", "2010") }
        #expect(dated.text(dated.quotes.first?.span) == "the goal was to win")
        #expect(dated.text(dated.quotes.first?.speaker?.span) == "McConnell")
        let complement = try onlyQuote("Obama had a frosty relationship with McConnell, who said the goal was to win.")
        #expect(complement.speaker == "McConnell")
    }

    @Test func anInfinitiveAfterNotIsNoReportedClause() throws {
        let q = try onlyQuote("A Malian army officer in Sevare, who asked not to be named, told Reuters that 60 Islamists had died.")
        #expect(q.content == "that 60 Islamists had died")
        #expect(q.speaker?.hasPrefix("A Malian army") == true)
    }

    @Test func aDayRightAfterTheVerbStandsBeforeTheClause() throws {
        let d = claimsRun("The Pentagon said Monday it was aware of the reports.") { f in f.date("Monday", "2016-09-26") }
        #expect(d.quotes.map { d.text($0.span) } == ["it was aware of the reports"])
    }

    @Test func whereTheWordsWereGivenStandsBeforeTheClause() throws {
        let twitter = claimsRun("Mali's army said on Twitter it had neutralised 20 terrorists.")
        #expect(twitter.quotes.map { twitter.text($0.span) } == ["it had neutralised 20 terrorists"])
        let dated = claimsRun("The ministry said in a statement on Monday the hostages were freed.") { f in f.date("Monday", "2016-09-26") }
        #expect(dated.quotes.map { dated.text($0.span) } == ["the hostages were freed"])
        // A noun phrase after it is no clause.
        #expect(claimsRun("The group said in a statement the attack.").quotes.isEmpty)
    }

    @Test func aPhraseOfTimeStandsBeforeAClauseOfAPronoun() throws {
        let after = try onlyQuote("The minister said after the meeting he expected the talks to resume next week.")
        #expect(after.content == "he expected the talks to resume next week")
        #expect(after.speaker == "The minister")
        let during = try onlyQuote("The spokesman said during a visit to Gao they had killed 20 soldiers.")
        #expect(during.content == "they had killed 20 soldiers")
        // Without a clause after it, the phrase reports nothing.
        #expect(claimsRun("He spoke after the meeting he had called.").quotes.isEmpty)
    }

    @Test func anObjectBeforeAParticipleIsNoClause() throws {
        let q = try onlyQuote("The army denied the claims, saying that no soldiers had been captured.")
        #expect(q.content == "that no soldiers had been captured")
        #expect(q.cue == "saying")
        #expect(q.speaker == "The army")
    }

    @Test func accordingToAStatementFromASource() throws {
        let q = try onlyQuote("According to a statement from the ministry, three militants were killed in the raid.")
        #expect(q.content == "three militants were killed in the raid")
        #expect(q.speaker == "a statement from the ministry")
    }

    @Test func aTrailingReportingClauseEndsTheContent() throws {
        let d = claimsRun("The minister asked for the convoy to be sent to the border town of Anefis, sources said.")
        let q = try #require(d.quotes.first { d.text($0.cue) == "asked" })
        #expect(d.text(q.span)?.hasSuffix("Anefis") == true)
        #expect(d.text(q.span) == "for the convoy to be sent to the border town of Anefis")
        let according = try onlyQuote("Army officials said two bases had been abandoned, according to the local radio.")
        #expect(according.content == "two bases had been abandoned")
    }

    @Test func aClauseAfterAndIsNoPartOfThePreposedReport() throws {
        let d = claimsRun("The attack began at noon, the agency said, and Sidi told AFP that a man had called the agency.")
        #expect(d.quotes.map { d.text($0.span) } == ["The attack began at noon", "that a man had called the agency"])
        let told = try #require(d.quotes.last)
        #expect(d.text(told.speaker?.span) == "Sidi")
    }

    @Test func aPersonWhomTheSpeakerServesOrWhoOwnsTheSpeakerDoesNotSpeak() throws {
        // Barack Obama is a person of the tables; the spokeswoman, not he, said it.
        let serving = try onlyQuote("A spokeswoman for Barack Obama said the talks were over.")
        #expect(serving.speaker == "A spokeswoman for Barack Obama")
        let owning = try onlyQuote("Barack Obama\u{2019}s spokesman said the talks were over.")
        #expect(owning.speaker != "Barack Obama")
        let named = try onlyQuote("Obama spokesman Josh Earnest said the talks were over.")
        #expect(named.speaker == "Josh Earnest")
    }

    @Test func aStatementTheTextNamesReportsABareClause() throws {
        let the = try onlyQuote("The statement said the hostages were alive.")
        #expect(the.content == "the hostages were alive")
        let aqim = claimsRun("AQIM's statement said the hostages were alive.") { $0.entity("AQIM", "ORG", "org.aqim") }
        #expect(aqim.quotes.count == 1)
        #expect(aqim.text(aqim.quotes.first?.speaker?.span) == "AQIM's statement")
        #expect(aqim.quotes.first?.speaker?.entity == "org.aqim")
    }

    @Test func aPersonBeforeALowerCaseNounDoesNotSpeak() throws {
        let supporters = claimsRun("Obama supporters said the rally was big.") { $0.entity("Obama", "PER", "per.barack_obama") }
        #expect(supporters.text(supporters.quotes.first?.speaker?.span) == "Obama supporters")
        let spokesman = claimsRun("Stein spokeswoman Melezia Figueroa said the rally was big.") { $0.entity("Stein", "PER", nil) }
        #expect(spokesman.text(spokesman.quotes.first?.speaker?.span) == "Melezia Figueroa")
    }

    @Test func aThatClosingTheSentenceIsAPronoun() throws {
        let q = try onlyQuote("Officials said the test could change that.")
        #expect(q.content == "the test could change that")
        #expect(q.speaker == "Officials")
        let aside = try onlyQuote("He said that, if elected, he would cut taxes.")
        #expect(aside.content == "that, if elected, he would cut taxes")
    }

    @Test func aNounThatCouldBeAVerbOpensAClauseWhenAVerbFollowsSoon() throws {
        #expect(try onlyQuote("Trump said praise from Putin would not affect his policy.").content
                == "praise from Putin would not affect his policy")
        #expect(try onlyQuote("The ministry said reports of attacks were false.").content == "reports of attacks were false")
    }

    @Test func aPartyLetterAloneIsAnAffiliation() throws {
        let q = try onlyQuote("Gov. Pat McCrory (R) said it would be improper for him to speak.")
        #expect(q.speaker == "Pat McCrory")
    }

    @Test func aVerbWithItsOwnClauseAfterAFinishedQuoteReportsThatClause() {
        let d = claimsRun("Mayor Jennifer Roberts said \"the question is the timing.\" Gov. Pat McCrory (R) said it would be \"improper\" to speak.")
        d.checkSpans()
        let byContent = Dictionary(uniqueKeysWithValues: d.quotes.map { (d.text($0.span) ?? "", d.text($0.speaker?.span)) })
        #expect(byContent["\"the question is the timing.\""] == "Jennifer Roberts")
        #expect(byContent["it would be \"improper\" to speak"] == "Pat McCrory")
        // The same after a quote closed by two apostrophes, the stop before them.
        let doubled = claimsRun("She wrote that it was ''not in line with our policy.'' The network said it would send her to Crimea.")
        doubled.checkSpans()
        let report = try? #require(doubled.quotes.first { doubled.text($0.cue) == "said" })
        #expect(doubled.text(report?.span) == "it would send her to Crimea")
        #expect(doubled.text(report?.speaker?.span) == "The network")
        // An intention with its infinitive says what the speaker means to do, not the quote.
        let intention = claimsRun("Clinton said officials should act \"without delay.\" Clinton plans to visit Charlotte on Sunday.")
        let plan = try? #require(intention.quotes.first { intention.text($0.cue) == "plans" })
        #expect(intention.text(plan?.span) == "to visit Charlotte on Sunday")
        #expect(!intention.quotes.contains { $0.direct && intention.text($0.cue) == "plans" })
    }

    @Test func andOrButWithAReportingVerbStartsTheSpeakersNextStatement() {
        let d = claimsRun("Today, in a statement, the group acknowledged the death of its leader and announced that Ahmad Umar had been chosen.")
        d.checkSpans()
        let contents = d.quotes.map { d.text($0.span) }
        #expect(contents.contains("the death of its leader"))
        #expect(contents.contains("that Ahmad Umar had been chosen"))
        #expect(d.quotes.allSatisfy { d.text($0.speaker?.span) == "the group" })
        let but = claimsRun("Roberts said she thinks the video should be released but said \"the question is the timing.\"")
        let quoted = but.quotes.first { $0.direct }
        #expect(but.text(quoted?.speaker?.span) == "Roberts")
        #expect(but.quotes.contains { but.text($0.span) == "that she thinks the video should be released" || but.text($0.span) == "she thinks the video should be released" })
        // A pronoun may stand between: "but he says …".
        let pronoun = claimsRun("Mr Crean says he is not calling on the bishop to resign but he says there are still unanswered questions.")
        #expect(pronoun.quotes.contains { pronoun.text($0.span) == "he is not calling on the bishop to resign" })
        #expect(pronoun.quotes.contains { pronoun.text($0.span) == "there are still unanswered questions" })
    }

    @Test func aPerfectInfinitiveAfterASpeechVerbIsAReportedPastAct() throws {
        let d = claimsRun("Al-Shabaab claimed to have killed 30 AMISOM soldiers.") { f in
            f.entity("Al-Shabaab", "ORG", "org.al_shabaab")
            f.entity("AMISOM", "ORG", "org.amisom")
        }
        d.checkSpans()
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "to have killed 30 AMISOM soldiers")
        #expect(q.rule == "quote.reported_infinitive")
        let c = try #require(d.claims("killed").first)
        #expect(c.speaker?.entity == "org.al_shabaab")
        #expect(c.polarity == .asserted)
        // "is said to have": the subject is not the speaker.
        let passive = claimsRun("Belmokhtar is said to have been killed in Libya.") { f in f.entity("Belmokhtar", "PER", "per.mokhtar_belmokhtar") }
        #expect(passive.quotes.allSatisfy { $0.speaker?.entity != "per.mokhtar_belmokhtar" })
    }

    @Test func anIntentionReportsItsInfinitiveAndStatesNoFact() throws {
        let vow = claimsRun("AQIM threatened to kill the French hostages held in the desert.")
        vow.checkSpans()
        let q = try #require(vow.quotes.first)
        #expect(vow.text(q.span) == "to kill the French hostages held in the desert")
        #expect(vow.text(q.speaker?.span) == "AQIM")
        #expect(q.rule == "quote.reported_intention")
        #expect(!vow.claims.contains { $0.predicate == "killed" })
        // Not an infinitive: "to" before a noun phrase.
        #expect(claimsRun("Clinton promised to the voters a new deal.").quotes.isEmpty)
        // A clause still comes first: "hopes that …" reports the clause.
        #expect(try onlyQuote("Clinton hopes that the vote will be close.").content == "that the vote will be close")
    }

    @Test func anOpeningPhraseIsNotTheSubjectOfAParticiple() {
        let d = claimsRun("During a national security speech earlier in the day, Trump attacked Clinton for her record, saying, \"She is trigger-happy.\"")
        d.checkSpans()
        let q = d.quotes.first { $0.direct }
        #expect(d.text(q?.speaker?.span) == "Trump")
    }

    @Test func aProgrammeTitleAfterTheOutletToldStandsBeforeTheClause() throws {
        let q = try onlyQuote("Sanders told MSNBC's \"Morning Joe\" that nobody would question her intelligence.")
        #expect(q.content == "that nobody would question her intelligence")
        #expect(q.speaker == "Sanders")
    }

    @Test func aSpeakerPhraseKeepsTheComplementOfItsNoun() throws {
        #expect(try onlyQuote("A spokeswoman for the campaign said the report was false.").speaker == "A spokeswoman for the campaign")
        #expect(try onlyQuote("Two people familiar with the matter said the talks had stalled.").speaker
                == "Two people familiar with the matter")
        #expect(try onlyQuote("People close to him say he will run again.").speaker == "People close to him")
        #expect(try onlyQuote("Officials in Gao said the town was calm.").speaker == "Officials in Gao")
        // A plural without its "s" ("people", "mujahideen"), the place it names no speaker.
        let mujahideen = claimsRun("The mujahideen of the Islamic Maghreb announce that our brother was martyred.") { f in
            _ = f.entity("Islamic Maghreb", "LOC", "loc.maghreb")
        }
        #expect(mujahideen.quotes.map { mujahideen.text($0.speaker?.span) } == ["The mujahideen of the Islamic Maghreb"])
        #expect(mujahideen.quotes.first?.speaker?.entity == nil)
    }

    @Test func aMentionAfterAPrepositionModifiesTheNounThatSpeaks() throws {
        let committee = claimsRun("The top Democrat on the House Intelligence Committee said that Russia was behind the hack.") { f in
            _ = f.entity("House Intelligence Committee", "ORG", nil)
        }
        #expect(committee.text(committee.quotes.first?.speaker?.span) == "The top Democrat on the House Intelligence Committee")
        let relative = claimsRun("A relative in Gao said the family had no news.") { f in _ = f.entity("Gao", "LOC", "loc.gao") }
        #expect(relative.quotes.first?.speaker?.entity == nil)
        #expect(relative.text(relative.quotes.first?.speaker?.span) == "A relative in Gao")
        // An organisation's part speaks for it.
        let council = claimsRun("The Shura council of Al-Mourabitoun said the union would unite the ranks.") { f in
            _ = f.entity("Al-Mourabitoun", "ORG", "org.al_mourabitoun")
        }
        #expect(council.quotes.first?.speaker?.entity == "org.al_mourabitoun")
    }

    @Test func theNameAfterAnOrganisationsPossessiveSpeaks() throws {
        let person = claimsRun("The Wilderness Society's Lyndon Schneiders says the forest is at risk.") { f in
            _ = f.entity("Wilderness Society", "ORG", nil)
        }
        #expect(person.text(person.quotes.first?.speaker?.span) == "The Wilderness Society's Lyndon Schneiders")
        // A place's organisation no table lists is named with the place.
        let ministry = claimsRun("Pakistan's Foreign Ministry said the talks would resume.") { f in
            _ = f.entity("Pakistan", "LOC", "loc.pakistan")
            _ = f.entity("Foreign Ministry", "ORG", nil)
        }
        #expect(ministry.text(ministry.quotes.first?.speaker?.span) == "Pakistan's Foreign Ministry")
        let statement = claimsRun("AQIM's statement said the hostages were alive.") { f in _ = f.entity("AQIM", "ORG", "org.aqim") }
        #expect(statement.quotes.first?.speaker?.entity == "org.aqim")
    }

    @Test func aTitleInsideAnOrganisationsNameIsNoPersonsTitle() throws {
        let d = claimsRun("The General Staff said the strike hit a depot.") { f in _ = f.entity("General Staff", "ORG", nil) }
        let q = try #require(d.quotes.first)
        #expect(d.text(q.speaker?.span) == "General Staff")
        #expect(q.speaker?.role == nil)
    }

    @Test func aCountBeforeTheNounIsPartOfTheSpeaker() throws {
        #expect(try onlyQuote("Another 19 percent said they would not pick either candidate.").speaker == "Another 19 percent")
        let poll = claimsRun("The poll showed that 74 percent of voters said the tax returns should be released.")
        let said = poll.quotes.first { poll.text($0.cue) == "said" }
        #expect(poll.text(said?.speaker?.span) == "74 percent of voters")
        // A year before a name is no count.
        #expect(try onlyQuote("In 2012 Hamaha said the town was calm.").speaker == "Hamaha")
    }

    @Test func aNameBeforeAPrepositionalAsideSpeaks() throws {
        let d = claimsRun("Al-Mourabitoun, in a message sent to Al Jazeera, said it had carried out the attack.") { f in
            f.entity("Al-Mourabitoun", "ORG", "org.al_mourabitoun")
            f.entity("Al Jazeera", "ORG", "org.al_jazeera")
        }
        let q = try #require(d.quotes.first)
        #expect(q.speaker?.entity == "org.al_mourabitoun")
        // "it" where the organisation speaks is that organisation.
        #expect(try #require(d.claims("claims_responsibility").first).subject?.entity == "org.al_mourabitoun")
        // "organised the attack" and "carried out this blessed operation" (a `*` of the table) claim it too.
        let organised = claimsRun("The Macina Liberation Front told ANI it had organised the attack.") { f in
            f.entity("Macina Liberation Front", "ORG", "org.katiba_macina")
        }
        #expect(try #require(organised.claims("claims_responsibility").first).subject?.entity == "org.katiba_macina")
        let blessed = claimsRun("AQIM said: \"Our fighters carried out this blessed operation in Gao.\"") { f in f.entity("AQIM", "ORG", "org.aqim") }
        let operation = try #require(blessed.claims("claims_responsibility").first)
        #expect(blessed.text(operation.subject?.span) == "Our fighters")
        #expect(operation.subject?.entity == "org.aqim")
    }

    @Test func aRoleOfPublicLifeBeforeTheNameLeavesTheNameTheSpeaker() throws {
        #expect(try onlyQuote("“We have seen a commitment,” White House press secretary Josh Earnest said on Monday.").speaker == "Josh Earnest")
        #expect(try onlyQuote("“It is not responsible,” Leonard Burman, director of the Tax Policy Center, said.").speaker == "Leonard Burman")
        // A role in apposition after the verb leaves the content before it whole.
        let baker = try onlyQuote("Its first ad could start this week, said Brian Baker, a longtime adviser to the family who oversees the campaign.")
        #expect(baker.content == "Its first ad could start this week")
        #expect(baker.speaker == "Brian Baker")
    }

    @Test func aPersonsRoleIsNotThatPersonButAnOrganisationSpeaksThroughIts() throws {
        let strategist = claimsRun("“That was outrageous,” Obama’s former campaign strategist said in an interview.") { f in
            f.entity("Obama", "PER", "per.barack_obama")
        }
        let q = try #require(strategist.quotes.first)
        #expect(strategist.text(q.cue) == "said")
        #expect(strategist.text(q.speaker?.span) == "Obama’s former campaign strategist")
        #expect(q.speaker?.entity != "per.barack_obama")
        let spokesman = claimsRun("“We are alive,” AQIM’s spokesman said.") { f in f.entity("AQIM", "ORG", "org.aqim") }
        #expect(spokesman.quotes.first?.speaker?.entity == "org.aqim")
        #expect(try onlyQuote("“It is a fraud,” the ad’s narrator says.").speaker == "the ad’s narrator")
        #expect(try onlyQuote("Libertarian candidate Gary Johnson’s doctor said the candidate was fit.").speaker
                == "Libertarian candidate Gary Johnson’s doctor")
    }

    @Test func aConjunctionAfterThePreposedReportingClauseEndsTheContent() throws {
        let d = try onlyQuote("The obsession is an insult to all African-Americans, top black lawmakers said on Friday, as they bristled at the questions.")
        #expect(d.content == "The obsession is an insult to all African-Americans")
        #expect(d.speaker == "top black lawmakers")
        // "until" more often bounds what was said.
        #expect(try onlyQuote("Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.").content
                == "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999")
    }

    @Test func aTitleInsideTheRolePhraseAndAParenthesisInsideTheAsideLeaveTheNameTheSpeaker() throws {
        #expect(try onlyQuote("“We are still assessing the results,” spokesman Col. Steve Warren told reporters on Monday.").speaker
                == "Steve Warren")
        // Two titles after the verb.
        #expect(try onlyQuote("“We will continue to support our partners,” said Maj. Gen. Kenneth Ekman.").speaker == "Kenneth Ekman")
        let d = claimsRun("“Not one mujahid was killed,” Adnan Abou Walid, a spokesman for the Movement for Oneness and Jihad "
                          + "in West Africa (MUJAO), told AFP by telephone.")
        let q = try #require(d.quotes.first)
        #expect(d.text(q.cue) == "told")
        #expect(d.text(q.speaker?.span) == "Adnan Abou Walid")
    }

    @Test func aTitleInQuoteMarksThatAWordLeadsIntoIsNotSaid() throws {
        let d = claimsRun("On this weekend’s broadcast of “Fox News Sunday,” Republican nominee Mike Pence said his running mate was joking.")
        #expect(d.quotes.map { d.text($0.span) } == ["his running mate was joking"])
        #expect(d.text(d.quotes.first?.speaker?.span) == "Mike Pence")
    }

    @Test func aNameCountsAsOneWordBeforeTheVerbOfAClause() throws {
        let d = try onlyQuote("Trump said praise from Russian President Vladimir Putin would not affect his policy.")
        #expect(d.content == "praise from Russian President Vladimir Putin would not affect his policy")
        #expect(d.speaker == "Trump")
        // The ones told may be a plain plural noun.
        #expect(try onlyQuote("Colonel Eric Vautrin told reporters the operation had involved helicopters.").content
                == "the operation had involved helicopters")
        // A name right after them starts the clause: it is not one of those told.
        #expect(try onlyQuote("A police official told reporters AQIM was behind the attack.").content == "AQIM was behind the attack")
        // Or a medium named by plain words.
        #expect(try onlyQuote("The former premier told national radio he had heard rumours of a coup.").content
                == "he had heard rumours of a coup")
    }

    @Test func aPluralAndAVerbInThePastOpenAReportedClause() throws {
        #expect(try onlyQuote("The governor said residents fled the town.").content == "residents fled the town")
        #expect(try onlyQuote("He said witnesses saw a gun.").content == "witnesses saw a gun")
        // A noun and its participle before "by" are an object.
        #expect(claimsRun("The army denied allegations made by rights groups.").quotes.isEmpty)
    }

    @Test func aStatementAndItsAsideBeforeAVerbAreItsSubjectNotContent() throws {
        // Whom the statement warned is no speaker of the words before the verb.
        let warned = claimsRun("The statement, signed by the group's emir, warned France against further intervention.")
        #expect(warned.quotes.isEmpty)
        #expect(claimsRun("The communique, issued on Sunday, urged residents to stay indoors.").quotes.isEmpty)
        // A verb after the name makes it the clause's subject.
        #expect(try onlyQuote("The group warned France would pay a heavy price.").content == "France would pay a heavy price")
    }

    @Test func aReportingClauseWithAClauseOfItsOwnEndsTheWordsBeforeItsComma() throws {
        let asked = claimsRun("Asked about reports that Hamaha had been killed, the spokesman said he was alive and well.")
        #expect(asked.quotes.map { asked.text($0.span) } == ["that Hamaha had been killed", "he was alive and well"])
        // A participle after the comma goes on with the same words.
        let saying = claimsRun("AFP reported the sponsors, PR company Jour J, as saying he was killed on the Amazon.")
        #expect(saying.quotes.map { saying.text($0.span) }.contains { $0?.hasSuffix("he was killed on the Amazon") == true })
    }

    @Test func aDottedAbbreviationBeforeALowerCaseWordEndsNoSentence() throws {
        let d = try onlyQuote("Officials warned U.S. immigration officials Wednesday that they should expect little help.")
        #expect(d.content == "that they should expect little help")
        #expect(d.speaker == "Officials")
    }

    @Test func aThatAfterTheReportedClauseHasItsVerbIsThatClausesOwn() throws {
        let toll = try onlyQuote("The Malian army said 12 soldiers were killed, a toll that could not be verified.")
        #expect(toll.content == "12 soldiers were killed")
        #expect(try onlyQuote("The spokesman said it did not appear that anyone else was injured.").content
                == "it did not appear that anyone else was injured")
        // A date's "May" is no modal, and "X, he said, was that …" keeps its "that".
        #expect(try onlyQuote("The commander told on the night of 17-18 May that the battalion will fight on.").content
                == "that the battalion will fight on")
        #expect(try onlyQuote("The real problem, officials now say, was that the offer came too late.").content
                == "that the offer came too late")
    }

    @Test func aThatFarOnlyPastWordsNotCountedOrARelativeIsNoComplement() throws {
        // A name counts as one word, and where the words were given is not counted.
        let dismissed = claimsRun("The army on Tuesday dismissed claims by the Islamic State West Africa Province (ISWAP) that its fighters had seized the town.") { f in
            f.date("Tuesday", "XXXX-WXX-2")
        }
        #expect(dismissed.quotes.map { dismissed.text($0.span) }
                == ["claims by the Islamic State West Africa Province (ISWAP) that its fighters had seized the town"])
        let posted = try onlyQuote("ISWAP said in a statement posted on the Telegram messaging app late on Monday that it had killed 18 soldiers.")
        #expect(posted.content == "that it had killed 18 soldiers")
        // A "that" its verb follows is a relative pronoun; one after "and" opens an outer verb's second clause.
        #expect(claimsRun("The ISGS is also blamed for the October 2017 ambush at Tongo Tongo that killed four US soldiers.").quotes.isEmpty)
        let wants = claimsRun("He says Britain wants to see President Robert Mugabe removed from power and that it is working with the opposition.")
        #expect(!wants.quotes.contains { wants.text($0.span) == "that it is working with the opposition" })
    }

    @Test func aDateWithItsPrepositionStandsBeforeTheReportedWords() throws {
        let said = claimsRun("The army said on Monday it had killed the commander.") { f in f.date("Monday", "XXXX-WXX-1") }
        #expect(said.quotes.map { said.text($0.span) } == ["it had killed the commander"])
        let announced = claimsRun("The French army announced on Thursday the death of the commander.") { f in f.date("Thursday", "XXXX-WXX-4") }
        #expect(announced.quotes.map { announced.text($0.span) } == ["the death of the commander"])
        // A neutral verb's object after the date reports no words: "claimed the attack" claims it.
        let claimed = claimsRun("The Islamic State claimed on Saturday the attack on the army post.") { f in f.date("Saturday", "XXXX-WXX-6") }
        #expect(claimed.quotes.isEmpty)
    }

    @Test func aSpeakerNounKeepsAComplementOfTwoConjunctsOrAClauseWithoutItsPronoun() throws {
        #expect(try onlyQuote("Experts on North Korea and nuclear nonproliferation said the latest test could change that.").speaker
                == "Experts on North Korea and nuclear nonproliferation")
        #expect(try onlyQuote("In her favor, the experts I interviewed said her proposals were more detailed.").speaker == "the experts")
        #expect(try onlyQuote("The voters we met said the race was close.").speaker == "The voters")
    }

    @Test func aParticipleAfterBySpeaksForTheSentenceSubject() throws {
        let d = try onlyQuote("Dean began by saying he would never diagnose someone through television.")
        #expect(d.speaker == "Dean")
        #expect(d.content == "he would never diagnose someone through television")
        // Not after "before": what the group does is no report of what it said.
        let waits = claimsRun("The group usually waits weeks before confirming the death of a leader.")
        #expect(waits.quotes.isEmpty)
    }

    @Test func asTheSourceClaimedClosingTheSentenceReportsWhatCameBefore() throws {
        let d = try onlyQuote("The commander was killed in the raid, as the army claimed.")
        #expect(d.content == "The commander was killed in the raid")
        #expect(d.speaker == "the army")
        #expect(d.cue == "claimed")
        // In the middle of a sentence it is an aside, not a reporting clause closing content.
        #expect(claimsRun("Yet, as Mr. Bown observed, in the early days he would not be worried.").quotes.isEmpty)
    }

    @Test func aCountWithGroupsOfDigitsOpensTheReportedClause() throws {
        let d = try onlyQuote("The governor said 2,000 people had been killed in the past year.")
        #expect(d.content == "2,000 people had been killed in the past year")
        #expect(d.speaker == "The governor")
        let more = try onlyQuote("The governor, Kashim Shettima, said more than 1,250,000 people had fled.")
        #expect(more.content == "more than 1,250,000 people had fled")
        #expect(more.speaker == "Kashim Shettima")
    }

    @Test func aBroadcastAfterItsDeterminerIsWhereTheWordsWereSaid() throws {
        let radio = try onlyQuote("Al-Shabaab said in a radio broadcast that its fighters had overrun the base.")
        #expect(radio.cue == "said")
        #expect(radio.speaker == "Al-Shabaab")
        #expect(radio.content == "that its fighters had overrun the base")
        let video = try onlyQuote("Boko Haram claimed in a video broadcast that it had shot down a jet.")
        #expect(video.cue == "claimed")
        #expect(video.speaker == "Boko Haram")
    }

    @Test func anAsideOnWhoCarriedTheSourceOfAccordingToIsNoContent() throws {
        let d = claimsRun("According to the group's statement, carried by the SITE Intelligence Group, the hostages are in good health.")
        let q = try #require(d.quotes.first)
        #expect(d.quotes.count == 1)
        #expect(d.text(q.span) == "the hostages are in good health")
        #expect(d.text(q.speaker?.span) == "the group's statement")
        #expect(q.chain.map { d.text($0.span) }.contains("the SITE Intelligence Group"))
    }

    @Test func aVerbAndItsParticleAfterACommaHaveThePhraseBeforeAsSubject() {
        // "…, called on Muslims" is no "…, said the emir": the addressee after it is no speaker,
        // and an object and its infinitive are no reported clause.
        let d = claimsRun("A statement signed by the group's emir, Iyad Ag Ghaly, called on Muslims to support the jihad.")
        #expect(d.quotes.isEmpty)
    }

    @Test func aClauseOfWhileGoesOnWithTheSpeakersWordsUnlessItReportsAnothersOrNamesAnother() throws {
        let added = try onlyQuote("He added that two fighters blew themselves up at the barracks, while others stormed the mine at Arlit.")
        #expect(added.content == "that two fighters blew themselves up at the barracks, while others stormed the mine at Arlit")
        let two = claimsRun("The army said 12 soldiers died, while the group said it had killed 40.")
        #expect(two.quotes.map { two.text($0.span) } == ["12 soldiers died", "it had killed 40"])
        let named = claimsRun("The company said revenue would grow by 20%, while Dow Jones based its projections on 12%.")
        #expect(named.quotes.map { named.text($0.span) } == ["revenue would grow by 20%"])
    }

    @Test func aCompanysAbbreviationAndItsFullStopEndNoSubject() throws {
        #expect(try onlyQuote("Xerox Corp. has told employees in its insurance operations that it is laying off 300 people.").speaker == "Xerox Corp")
        #expect(try onlyQuote("Upjohn Co. said it will offer an early retirement package.").speaker == "Upjohn Co")
    }

    @Test func aSourceCitedBetweenAVerbAndItsThatIsNoReportOfItsOwn() throws {
        let d = claimsRun("The Clare Champion reported yesterday, citing two employees, that staff had been told to expect news. "
                          + "The paper reported, according to sources, that the base would close.")
        #expect(d.quotes.map { d.text($0.span) } == ["that staff had been told to expect news", "that the base would close"])
        #expect(d.quotes.map { d.text($0.cue) } == ["reported", "reported"])
    }

    @Test func aRelaysParticipleOpeningTheSentenceReportsNothing() throws {
        let d = ClaimsLongDocumentTests.run("The Trump campaign said the returns were private. Can someone who pays little tax relate to the average "
                                            + "taxpaying American worker?\n\nSpeaking to students at Drexel University in Philadelphia this week, Vice "
                                            + "President Joseph R. Biden Jr. responded to Mr. Trump's debate interjection that not paying taxes made him smart.")
        #expect(d.quotes.map { d.text($0.cue) } == ["said", "responded"])
    }

    @Test func aParticipleInEdOpeningTheSentenceBeforeItsCommaReportsNothing() throws {
        let d = claimsRun("Asked about that account, a spokesman for the union said the union does not comment on legal strategy. "
                          + "Asked that, Arkwright laughed.")
        #expect(d.quotes.map { d.text($0.cue) } == ["said"])
        // The verb before its speaker and a colon still introduces the quote.
        let added = claimsRun("Added Ms Hart: \"We will sue.\"")
        #expect(added.quotes.map { added.text($0.cue) } == ["Added"])
    }

    @Test func wordsPostedOnAPlatformAreSaidThere() throws {
        let d = claimsRun("“I’ve seen the stories,” she posted on X shortly after 9pm. The group posted on Telegram that its fighters had taken the town. "
                          + "The company posted a loss of 35 million dollars.")
        #expect(d.quotes.map { d.text($0.cue) } == ["posted on X", "posted on Telegram"])
    }

    @Test func aReportInARelativeAsideEndsAtTheCommaBeforeTheMainVerb() throws {
        let d = claimsRun("Mayor Celeste Okafor, who had threatened to veto any plan that cut public-safety spending, said in a statement "
                          + "that she was reviewing the numbers. The minister, who had promised to resign, said that he would stay.") { f in
            f.entity("Celeste Okafor", "PER", nil)
        }
        #expect(d.quotes.map { d.text($0.span) } == ["to veto any plan that cut public-safety spending", "that she was reviewing the numbers",
                                                     "to resign", "that he would stay"])
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["Celeste Okafor", "Celeste Okafor", "The minister", "The minister"])
    }

    @Test func aDashOpeningAnAppositionThatNamesTheWordsEndsThem() throws {
        let d = claimsRun("Islamic State claimed that its fighters had killed six Christians near Ancuabe—a claim officials neither confirmed nor denied. "
                          + "The government has accused the UAE of arming the RSF -- a charge Abu Dhabi has rejected. "
                          + "The army said 40 fighters died — a figure the group disputes.")
        #expect(d.quotes.map { d.text($0.span) } == ["that its fighters had killed six Christians near Ancuabe", "the UAE of arming the RSF", "40 fighters died"])
    }

    @Test func aLabelsQuotedWordsMaySpanALongerPhrase() throws {
        let q = try onlyQuote("A Western official called the village \"a grey zone in the literal sense -- nobody lives there and nobody holds it\".")
        #expect(q.content == "the village \"a grey zone in the literal sense -- nobody lives there and nobody holds it\"")
        #expect(q.cue == "called" && q.speaker == "A Western official")
    }

    @Test func aClauseOfEvenAsIsTheReportersSetting() throws {
        let d = try onlyQuote("The junta has denied that the base fell this week, even as the rebels released photographs of it.")
        #expect(d.content == "that the base fell this week")
        // "even though" gives the speaker's own concession, and stays.
        let though = try onlyQuote("She said the trip was more important, even though it received less attention.")
        #expect(though.content == "the trip was more important, even though it received less attention")
    }

    @Test func thatBeforeANameOrAPluralIsNoPartOfTheSpeaker() throws {
        let relative = claimsRun("It mentions policies that Trump argues allowed the group to spread.")
        #expect(relative.quotes.contains { relative.text($0.speaker?.span) == "Trump" })
        #expect(!relative.quotes.contains { relative.text($0.speaker?.span)?.hasPrefix("that") == true })
        let plural = claimsRun("The report said that investigators think the killer fled.")
        #expect(plural.quotes.contains { plural.text($0.speaker?.span) == "investigators" })
        // A determiner before a singular noun is.
        #expect(try onlyQuote("That official said the town had fallen.").speaker == "That official")
    }

    @Test func aDateBetweenAShortNameInParenthesesAndTheVerbLeavesTheSpeaker() throws {
        let d = claimsRun("A spokesman for al-Qaeda in the Islamic Maghreb (AQIM) on Wednesday denied reports that Belmokhtar was killed.") { f in
            f.entity("al-Qaeda in the Islamic Maghreb", "ORG", "org.aqim")
            f.entity("AQIM", "ORG", "org.aqim")
            f.date("on Wednesday", "2015-06-24")
        }
        let denied = try #require(d.quotes.first { d.text($0.cue) == "denied" })
        #expect(denied.speaker?.entity == "org.aqim")
    }

    @Test func aNameInsideAHyphenatedModifierIsNotTheSpeaker() throws {
        let d = claimsRun("An al Qaeda-linked group claimed it had killed more than 40 soldiers.") { f in
            f.entity("al Qaeda", "ORG", "org.al_qaeda")
        }
        let q = try #require(d.quotes.first)
        #expect(q.speaker?.entity == nil)
        #expect(d.text(q.speaker?.span) == "An al Qaeda-linked group")
    }

    @Test func theSpeakersComplementsOfPlaceBeforeTheVerbAfterAQuote() throws {
        // "at army headquarters in Bamako" between the speaker and the verb after the quote.
        let officer = try onlyQuote("\"The toll is propaganda,\" a senior officer at army headquarters in Bamako told Reuters.")
        #expect(officer.cue == "told")
        #expect(officer.speaker == "a senior officer")
        // A complement of plain words after the verb is where it was said, not who said it.
        #expect(try onlyQuote("\"We won,\" said the minister at a news conference.").speaker == "the minister")
        #expect(try onlyQuote("\"We won,\" said a senior officer in Bamako.").speaker == "a senior officer in Bamako")
    }

    @Test func aDistanceAsideBetweenTheSpeakerAndItsVerb() throws {
        let d = try onlyQuote("A local official in Mondoro, about 30 km (19 miles) to the north, said residents had heard gunfire.")
        #expect(d.speaker == "A local official in Mondoro")
        #expect(d.content == "residents had heard gunfire")
    }

    @Test func aRelayPhraseBetweenTheVerbAndItsBareClauseIsToWhomNotAReport() throws {
        let d = try onlyQuote("Zabihullah Mujahid said in a message to reporters the group's fighters had taken the compound.")
        #expect(d.content == "the group's fighters had taken the compound")
        #expect(d.cue == "said")
        #expect(d.speaker == "Zabihullah Mujahid")
        // With "that", one report too, not a second one of the relay phrase with no speaker.
        #expect(try onlyQuote("Zabihullah Mujahid said in a message to reporters that the fighters had taken the compound.").cue == "said")
    }

    @Test func aRoleOfTwoWordsAfterAQuoteSpeaks() throws {
        let d = try onlyQuote("“The sheikh is alive,” the group's media office said.")
        #expect(d.cue == "said")
        #expect(d.speaker == "the group's media office")
    }

    @Test func anAsideOnTheSpeakerBeforeADateAndTheVerb() throws {
        let d = claimsRun("Hayat Tahrir al-Sham, a jihadist alliance led by Syria's former Al-Qaeda affiliate, on Wednesday denied that its leader was wounded.") { f in
            f.entity("Hayat Tahrir al-Sham", "ORG", "org.hts")
            f.entity("Al-Qaeda", "ORG", "org.al_qaeda")
            f.date("on Wednesday", "2020-01-08")
        }
        #expect(d.quotes.first?.speaker?.entity == "org.hts")
    }

    @Test func aNounOfSpeechAfterADeterminerAndAModifierBeforeItsVerbIntroducesNoQuote() throws {
        let d = claimsRun("The group said the Russian claims were “lies aimed at raising morale”.")
        #expect(d.quotes.count == 1)
        #expect(d.text(d.quotes.first?.cue) == "said")
        // The verb after a noun of the speaker does.
        let said = claimsRun("In its claim, the group said “soldiers of the caliphate” had attacked a base.")
        #expect(said.quotes.contains { said.text($0.cue) == "said" })
    }

    @Test func aParticipleAfterADeterminerDescribesTheNounAfterIt() throws {
        let d = try onlyQuote("Yahya Sarea said in a televised statement the group had carried out \"a broad military operation\" "
                              + "in response to the \"continued aggression and siege\" on Yemen, using ballistic missiles.")
        #expect(d.cue == "said")
        #expect(claimsRun("The army did not comment on the reported death of an officer.").quotes.isEmpty)
    }

    @Test func aCommonNounSubjectBeforeARelaysAsideSpeaks() throws {
        let d = try onlyQuote("The coalition, quoted by Saudi state media, said it had destroyed a drone.")
        #expect(d.speaker == "The coalition")
        let papers = try onlyQuote("The papers, filed in a lawsuit in the US, allege the deal was made in secret.")
        #expect(papers.speaker == "The papers")
    }

    @Test func aParticipleOfIssuingAfterAMessageReportsNothing() throws {
        for text in ["Ali Dhere said in an audio message broadcast on the group's Radio Andalus that the two had been released.",
                     "Ali Dhere said in a statement broadcast on Radio Andalus that the two had been released."] {
            let d = try onlyQuote(text)
            #expect(d.cue == "said", "\(text)")
            #expect(d.content == "that the two had been released", "\(text)")
        }
        // To a plain noun that "that" follows, as to an outlet.
        let emailed = try onlyQuote("Jeeyand Baloch said in a statement emailed to media that the fighters had ambushed the convoy.")
        #expect(emailed.cue == "said")
    }

    @Test func howTheWordsWereGivenAndASelfDescriptionInAnAsideAreNoContent() throws {
        let d = try onlyQuote("Ayaba Tanyi, who describes himself as a spokesman for the group, told The Associated Press by phone "
                              + "the group had not ordered the kidnapping.")
        #expect(d.cue == "told")
        #expect(d.speaker == "Ayaba Tanyi")
        #expect(d.content == "the group had not ordered the kidnapping")
    }

    @Test func aCommaAndThatOpenAClauseWithItsOwnSubject() throws {
        // The whole pipeline: the entities stage reads "Operation Hadin Kai" and "Marte".
        let d = ClaimsLongDocumentTests.run("The army said that troops of Operation Hadin Kai had repelled an attack on Marte, that two soldiers were killed.")
        let killed = try #require(d.claims("killed").first)
        #expect(killed.subject == nil)
    }

    @Test func theObjectOfAPrepositionAfterAParticipleIsNoSpeaker() throws {
        let d = try onlyQuote("A pro-government Facebook page widely shared in Ouagadougou claimed that Jafar Dicko was among those killed.")
        #expect(d.speaker != "Ouagadougou" && d.speaker != "widely shared in Ouagadougou")
        // A complement of the head noun stays in the phrase.
        #expect(try onlyQuote("People in Tenenkou say civilians were killed.").speaker == "People in Tenenkou")
    }

    @Test func aRelayAfterANounWhoseOwnVerbFollowsReportsNothing() {
        #expect(claimsRun("Local sources quoted by AFP gave a third version.").quotes.isEmpty)
    }

    @Test func aLabelsParticipleInAnAsideAndAnAdverbBeforeTheVerbAreNoPartOfTheReport() throws {
        #expect(claimsRun("Abdullah al-Murtada, described as a field commander of the Houthi forces, gave an interview to Al-Ahd.").quotes.isEmpty)
        #expect(try onlyQuote("The army described the attack as \"cowardly\".").cue == "described")
        let likewise = try onlyQuote("A spokesman for the government likewise said \"no ransom was paid\".")
        #expect(likewise.speaker == "A spokesman for the government")
    }

    @Test func whereAStatementWasPostedNeverSpeaksAndReportedlyIsAnAdverb() throws {
        // The whole pipeline: the dates stage reads "on Sunday", the entities stage Telegram's kind.
        let d = ClaimsLongDocumentTests.run("The video, which lasts three minutes and was shared on Telegram, shows the four sitting on the ground.")
        #expect(d.entities.contains { $0.entity == "org.telegram" })
        #expect(!d.quotes.contains { $0.speaker?.entity == "org.telegram" })
        let police = try onlyQuote("Local police reportedly confirmed that two militiamen had died.")
        #expect(police.speaker == "Local police")
    }

    @Test func heldHostageOrCaptiveIsACapture() {
        for text in ["The group said the engineer was being held captive in the Sahel.",
                     "The French journalist was held hostage for 40 days, his family said."] {
            #expect(claimsRun(text).claims("captured").count == 1, "\(text)")
        }
    }

    @Test func aByPhraseInsideTheReportedClauseNamesNoPassiveSource() throws {
        // After "that", or before the clause's own verb, "by" belongs to the words reported.
        let seen = try onlyQuote("A US official told reporters that the ship seen by the group was safe.")
        #expect(seen.content == "that the ship seen by the group was safe")
        #expect(seen.speaker == "A US official")
        let named = try onlyQuote("A US official said the ship named by the group was safe.")
        #expect(named.content == "the ship named by the group was safe")
        #expect(named.speaker == "A US official")
        // A passive's source is still read: "was announced by the army".
        let d = claimsRun("The killing of Hamaha was announced by the army.") { f in f.entity("Hamaha", "PER", nil) }
        #expect(d.text(d.claims("killed").first?.speaker?.span) == "the army")
    }

    @Test func aNounOfSpeechAfterAPossessiveThatAVerbFollowsReportsNothing() {
        for text in ["The group's claims frequently cannot be verified.", "The army's claims were false."] {
            #expect(claimsRun(text).quotes.isEmpty, "\(text)")
        }
    }

    @Test func aCommonNounSpeaksBeforeItsApposition() throws {
        let q = try onlyQuote("The ship's manager, a firm registered in Piraeus, denied that it had any ties with the navy.")
        #expect(q.speaker == "The ship's manager")
        #expect(q.content == "that it had any ties with the navy")
        // Not the object of an opening participle's phrase.
        let d = claimsRun("Asked about the interview, a senior police officer in Dera Ismail Khan, DIG Sajjad Khattak, told "
                          + "the paper that investigators had clear evidence.") { f in f.entity("Sajjad Khattak", "PER", nil) }
        #expect(d.text(d.quotes.first?.speaker?.span) == "Sajjad Khattak")
    }

    @Test func afterAnOpeningPhraseOfPlaceTheRoleAndItsNamedHolderSpeak() throws {
        // What the aside follows is where the words were posted, not who posted them.
        for text in ["In a post on X, the Taliban's chief spokesman, Abdul Wahid Mujahed, said aircraft had bombed four houses.",
                     "In a series of posts on X, formerly Twitter, the Taliban's chief spokesman, Abdul Wahid Mujahed, said aircraft had bombed four houses."] {
            let d = claimsRun(text) { f in
                f.entity("Taliban", "ORG", "org.taliban")
                f.entity("Abdul Wahid Mujahed", "PER", nil)
            }
            let q = try #require(d.quotes.first, "\(text)")
            #expect(d.text(q.speaker?.span) == "Abdul Wahid Mujahed", "\(text)")
        }
    }

    @Test func aStatementSignedByOneAndReadByAnotherIsTheSigners() throws {
        let q = try onlyQuote("The communiqué, signed by the chief of general staff and read by an army officer, stated that the attack was repelled.")
        #expect(q.speaker == "the chief of general staff")
    }

    @Test func aQuoteTheOutletQuotedSomeoneAsSayingIsTheirs() throws {
        let d = claimsRun("\"The mujahideen took the base,\" the station quoted the group's spokesman, Abu Musab, as saying.") { f in
            f.entity("Abu Musab", "PER", nil)
        }
        let q = try #require(d.quotes.first)
        #expect(d.text(q.cue) == "saying")
        #expect(d.text(q.speaker?.span) == "Abu Musab")
        #expect(q.chain.map { d.text($0.span) } == ["Abu Musab", "the station"])
    }

    @Test func oneOfTheSourcesSpeaksAfterAQuote() throws {
        let d = claimsRun("“The insurgents came in 15 gun trucks,” one of the sources said.")
        #expect(d.text(d.quotes.first?.speaker?.span) == "one of the sources")
    }

    @Test func anAdverbInLyBeforeTheVerbIsNoPartOfTheSpeaker() throws {
        let d = claimsRun("The group claimed that its fighters had overrun the base, a claim the government strongly rejected.")
        #expect(d.quotes.contains { d.text($0.cue) == "rejected" && d.text($0.speaker?.span) == "the government" })
        // A noun in "-ly" is the phrase's head.
        #expect(try onlyQuote("The family said he was alive.").speaker == "The family")
    }

    @Test func aQuotedWordOpeningTheReportedClauseIsAMixedQuote() throws {
        let q = try onlyQuote("The group said \"mujahideen\" had launched the raid at dawn.")
        #expect(q.content == "\"mujahideen\" had launched the raid at dawn")
        #expect(q.speaker == "The group")
    }

    @Test func theSubjectBeforeAnAsideMayCloseWithItsShortNameInParentheses() throws {
        let q = try onlyQuote("A member of the Civilian Joint Task Force (CJTF), a militia that fights alongside the army, said residents had fled.")
        #expect(q.speaker == "A member of the Civilian Joint Task Force")
    }

    @Test func aStatementWithAnAsideSpeaksItselfWhenNoOneIssuedIt() throws {
        let q = try onlyQuote("The statement, accompanied by photographs, said more than 20 soldiers were killed.")
        #expect(q.speaker == "The statement")
    }

    @Test func aNamesOtherSpellingInParenthesesBeforeTheCommaLeavesTheSpeaker() throws {
        let q = try onlyQuote("The police commander, Jorge Muiambo (also written Muyambo), confirmed that two soldiers had died.")
        #expect(q.speaker == "Jorge Muiambo")
        #expect(q.content == "that two soldiers had died")
    }

    @Test func whomTheWordsWereSaidToAndADateCountAsOneWordBeforeThat() throws {
        for text in ["Jorge Muiambo confirmed to the state news agency AIM on Monday that two soldiers had died.",
                     "Jorge Muiambo confirmed to AIM on 19 February that two soldiers had died.",
                     "Jorge Muiambo said in its Somali-language evening news bulletin on Monday that two soldiers had died."] {
            let d = claimsRun(text) { f in
                if text.contains("Monday") { f.date("Monday", "2024-03-04") } else { f.date("19 February", "2024-02-19") }
            }
            let q = try #require(d.quotes.first, "\(text)")
            #expect(d.text(q.span) == "that two soldiers had died", "\(text)")
            #expect(d.text(q.speaker?.span) == "Jorge Muiambo", "\(text)")
        }
    }

    @Test func butThatOpensASecondClauseOfTheSameReport() throws {
        let q = try onlyQuote("It said that a drone had dropped a charge on a hamlet, but that the device had exploded far from the position.")
        #expect(q.content == "that a drone had dropped a charge on a hamlet, but that the device had exploded far from the position")
        // "that" as the subject of a clause of its own is no second clause of the report.
        let r = try onlyQuote("Serb police were saying the operation was over, but that has not been confirmed from Belgrade.")
        #expect(r.content == "the operation was over")
    }

    @Test func aPlainWordBeforeANamedRoleAfterTheContentIsPartOfTheReportingClause() throws {
        let q = try onlyQuote("Clinton hid health problems, former White House spokesman says.")
        #expect(q.content == "Clinton hid health problems")
    }

    @Test func aCommissionerGeneralIsAPersonWhomHeNamesAfter() throws {
        let d = claimsRun("Colonel Yoav Mizrahi said the list was accurate. UNRWA's commissioner-general said on X that the school "
                          + "had been sheltering 2,000 people. \"Schools are not a target,\" he wrote.") { f in
            f.entity("Yoav Mizrahi", "PER", nil)
            f.entity("UNRWA", "ORG", "org.unrwa")
        }
        let q = try #require(d.quotes.first { $0.direct })
        #expect(q.speaker?.name != "Yoav Mizrahi")
        // "he" is UNRWA's commissioner-general, who spoke last (no name of his own).
        #expect(d.text(q.speaker?.span) == "he")
        #expect(q.speaker?.role == "commissioner-general")
        #expect(q.speaker?.entity == "org.unrwa")
    }

    @Test func aBloggerIsARoleThatHeadsTheSpeakerPhrase() throws {
        // Not "Russian military": the blogger writes, the words before him describe him.
        let q = try onlyQuote("A Russian military blogger with close ties to the defence ministry wrote that the village had fallen.")
        #expect(q.speaker == "A Russian military blogger with close ties to the defence ministry")
    }

    @Test func aNounThatOfHisCompletesSpeaksBeforeAnAside() throws {
        let q = try onlyQuote("A relative of his, reached by phone in Nyala, told us he had spoken to him.")
        #expect(q.speaker == "A relative of his")
        let f = try onlyQuote("A friend of theirs told reporters the couple had been released.")
        #expect(f.speaker == "A friend of theirs")
    }

    @Test func anAgeBetweenCommasStandsBetweenTheNameAndItsVerb() throws {
        let q = try onlyQuote("Ali Musa, 52, said the soldiers had left.")
        #expect(q.speaker == "Ali Musa")
        #expect(q.content == "the soldiers had left")
        let trader = try onlyQuote("Fatima Assane, 34, a fish trader, said the insurgents arrived around 10 p.m. and stayed only briefly.")
        #expect(trader.speaker == "Fatima Assane")
        #expect(trader.content == "the insurgents arrived around 10 p.m. and stayed only briefly")
    }

    @Test func aPlaceThatClosesAnAppositionIsNotTheSpeaker() throws {
        let d = claimsRun("UNIFIL, the UN peacekeeping force in southern Lebanon, said it was \"very concerned\" by the escalation.") { f in
            f.entity("Lebanon", "LOC", "loc.lebanon")
        }
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["UNIFIL"])
        // A place after a preposition in a phrase of the clause's own stays inside it.
        let residents = claimsRun("Residents in Gao said the rebels had left.") { f in f.entity("Gao", "LOC", "loc.gao") }
        #expect(residents.quotes.map { residents.text($0.speaker?.span) } == ["Residents in Gao"])
    }

    @Test func anAsideBetweenDashesStandsBetweenTheSpeakerAndTheVerb() throws {
        let q = try onlyQuote("The army \u{2013} which has lost 40 men this year \u{2013} said the town was calm.")
        #expect(q.speaker == "The army")
        let named = try onlyQuote("Kall -- co-editor of a book on the primary debates, a study of GOP candidates -- said the candidate made announcements.")
        #expect(named.speaker == "Kall")
        // Not a noun of speech inside a noun phrase: "an aggressive – some say unrealistic – pledge".
        let d = claimsRun("He leaves an aggressive \u{2013} some say unrealistic \u{2013} pledge made in Paris to cut emissions.")
        #expect(!d.quotes.contains { d.text($0.speaker?.span) == "an aggressive" })
    }

    @Test func aReportInAnAsideBetweenDashesEndsAtTheClosingDash() throws {
        let d = claimsRun("The faction led by Tsegay Gebrehiwot \u{2013} I believe the ministry spells it Tsegaye \u{2013} says it acted because the administration was illegitimate.")
        #expect(d.quotes.map { d.text($0.span) } == ["the ministry spells it Tsegaye", "it acted because the administration was illegitimate"])
    }

    @Test func aNamesOtherSpellingInParenthesesBeforeTheCueOfAQuote() throws {
        let d = claimsRun("Army spokesman Brig. Gen. Nabil Abdallah (also spelled Nabeel Abdullah) told state television: \"The positions are intact.\"")
        let q = try #require(d.quotes.first { $0.direct })
        #expect(d.text(q.cue) == "told")
        #expect(d.text(q.speaker?.span) == "Nabil Abdallah")
    }

    @Test func aPlaceAfterAShortNameInParenthesesIsInsideTheSpeakersPhrase() throws {
        let d = claimsRun("A member of the Civilian Joint Task Force (CJTF) in Malam Fatori told a newspaper that at least five soldiers died.") { f in
            f.entity("Civilian Joint Task Force", "ORG", "org.civilian_jtf")
            f.entity("Malam Fatori", "LOC", nil)
        }
        #expect(d.quotes.map { $0.speaker?.entity } == ["org.civilian_jtf"])
    }

    @Test func anAndInsideTheNameAfterARolesOf() throws {
        let d = claimsRun("\"No element of the FAMa is in the hands of the enemy,\" the Director of Information and Public Relations of the Armies, Colonel Souleymane Traore, said.")
        let q = try #require(d.quotes.first { $0.direct })
        #expect(d.text(q.cue) == "said")
        #expect(d.text(q.speaker?.span) == "Souleymane Traore")
    }

    @Test func aPlaceAndADateBeforeAColonOpenTheSentenceAsADatelineDoes() throws {
        let d = claimsRun("Jalalabad, 4 May: Security forces have killed four members of the Daesh group, the Ministry of Interior has said.") { f in
            f.date("4 May", "2024-05-04")
        }
        #expect(d.quotes.map { d.text($0.span) } == ["Security forces have killed four members of the Daesh group"])
    }

    @Test func toldUsAfterAnAsideIsTheSubjectsBeforeTheAside() throws {
        let d = claimsRun("A researcher, who asked not to be named, told us: \"Both sides are lying.\"")
        let q = try #require(d.quotes.first { $0.direct })
        #expect(d.text(q.cue) == "told")
        #expect(d.text(q.speaker?.span) == "A researcher")
    }

    @Test func aRoleThenANameAfterAQuoteSpeaks() throws {
        let d = claimsRun("\"This is our life now,\" one resident, Ilana, told Israel's Kan radio.")
        let q = try #require(d.quotes.first { $0.direct })
        #expect(d.text(q.speaker?.span) == "Ilana")
        #expect(d.text(q.cue) == "told")
    }

    @Test func quotedAsSayingPastTheNamesOtherSpelling() throws {
        let q = try onlyQuote("Armenpress quoted ministry spokeswoman Anahit Grigoryan (also transliterated Grigorian) as saying that Azerbaijani forces had fired.")
        #expect(q.speaker == "Anahit Grigoryan")
    }

    @Test func aPossessiveNameOpensTheSpeakersPhrase() throws {
        let d = claimsRun("Azerbaijan said one of its soldiers had been killed, an accusation Armenia's defence ministry rejected.")
        let q = try #require(d.quotes.first { d.text($0.cue) == "rejected" })
        #expect(d.text(q.speaker?.span) == "Armenia's defence ministry")
    }

    @Test func aCountInWordsAndANameBetweenCommasOpenAClause() throws {
        let q = try onlyQuote("Later on Tuesday, the Armenian ministry said one of its soldiers, Junior Sergeant Davit Hakobyan, had been wounded.")
        #expect(q.content == "one of its soldiers, Junior Sergeant Davit Hakobyan, had been wounded")
        #expect(q.speaker == "the Armenian ministry")
        let three = try onlyQuote("The ministry said three soldiers, including Davit Hakobyan, had been wounded.")
        #expect(three.content == "three soldiers, including Davit Hakobyan, had been wounded")
        // A phrase of time before the speaker is no content of its own.
        #expect(claimsRun("Later on Tuesday, the ministry said.") { f in f.date("Tuesday", "2023-11-21") }.quotes.isEmpty)
    }

    @Test func aSubjectAndAnAdverbialAsideBeforeTheVerbAreNoContent() throws {
        #expect(claimsRun("Residents of Gangaol, for their part, report civilian victims.").quotes.isEmpty)
        // Content before a comma still is, with an aside inside it.
        let d = claimsRun("The town, however, is calm, officials say.")
        #expect(d.quotes.map { d.text($0.span) } == ["The town, however, is calm"])
    }

    @Test func aCourtRulesThat() throws {
        let d = claimsRun("The judge rejected the plea for discharge, ruling that there was sufficient material to proceed to trial.")
        let q = try #require(d.quotes.first { d.text($0.cue) == "ruling that" })
        #expect(d.text(q.span) == "there was sufficient material to proceed to trial")
        #expect(d.text(q.speaker?.span) == "The judge")
        // Not a party that ruled a country, nor talks ruled out.
        #expect(claimsRun("The party has ruled the country since 1990. He ruled out talks with the rebels.").quotes.isEmpty)
    }

    @Test func anOfficeOfCommunicationSpeaks() throws {
        let q = try onlyQuote("The regional government's communication bureau said in a Facebook post that the group had been killing civilians.")
        #expect(q.speaker == "The regional government's communication bureau")
    }

    @Test func anAgeAsideAfterAPrepositionsObjectBeforeTheVerb() throws {
        // The age's comma opens an aside too short to hold a named apposition (it trapped).
        let d = claimsRun("But of Musa, 52, claimed the town had fallen.")
        #expect(d.quotes.allSatisfy { $0.span.start <= $0.span.end })
    }

    @Test func aLongParenthesisOnANamesSpellingLeavesTheName() throws {
        let q = try onlyQuote("The regime's spokesman, Major General Kyaw Htet Naing (also spelled Kyaw Htat Naing in some state media "
                              + "translations), told a press conference on Thursday that the outpost remains under control.")
        #expect(q.speaker == "Kyaw Htet Naing")
    }

    @Test func aParticipleSharesTheSubjectAfterALabelAndAnOpeningParticiple() throws {
        for text in ["Editor's note: Contacted by our newspaper on Friday, the spokesman of the operation, Lieutenant Colonel Patrice Lokondo, "
                     + "rejected the statements, calling them lies.",
                     "Contacted by our newspaper on Friday, the spokesman of the operation, Lieutenant Colonel Patrice Lokondo, "
                     + "rejected the statements, calling them lies."] {
            let d = claimsRun(text) { f in f.entity("Patrice Lokondo", "PER", nil) }
            let q = try #require(d.quotes.first { d.text($0.cue) == "calling" }, "\(text)")
            #expect(d.text(q.speaker?.span) == "Patrice Lokondo", "\(text)")
        }
    }

    @Test func sheAfterAFarmerWhoSpokeIsTheFarmer() throws {
        let d = claimsRun("Colonel La Seng Tu said the camp fell. A farmer from a nearby village said that the shelling had stopped. "
                          + "\"Now we don't see them,\" she said.") { f in f.entity("La Seng Tu", "PER", nil) }
        let q = try #require(d.quotes.first { $0.direct })
        #expect(q.speaker?.name != "La Seng Tu")
    }

    @Test func anAgencyQuotedAQuotedSourceOnADayAsSaying() throws {
        let d = claimsRun("Conflicting claims\n\nThe regime's news agency SANA quoted \"a military source\" on Friday as saying that "
                          + "army units had killed dozens of fighters.") { f in
            f.entity("SANA", "ORG", "org.sana")
            f.date("Friday", "2024-03-08")
        }
        // The heading's noun of speech says nothing of the quoted words below it.
        #expect(!d.quotes.contains { d.text($0.cue) == "claims" })
        let q = try #require(d.quotes.first { d.text($0.cue) == "saying" })
        #expect(d.text(q.speaker?.span) == "a military source")
        #expect(q.chain.contains { $0.entity == "org.sana" })
    }

    @Test func aQuotedNameClosingTheSubjectBeforeAnAside() throws {
        let q = try onlyQuote("Representatives of the armed youth known as the \"White Army\", speaking to UN staff last week, "
                              + "claimed that their members had mobilised.")
        #expect(q.speaker == "White Army")
    }

    @Test func aParticipleAfterAClauseOpenedByButSharesThatClausesSubject() throws {
        let d = claimsRun("The RSF said on Wednesday that they had taken the town, but the Sudanese Armed Forces (SAF) denied the claim, "
                          + "calling it \"fake news\".") { f in
            f.entity("RSF", "ORG", "org.rapid_support_forces")
            f.entity("Sudanese Armed Forces", "ORG", "org.sudanese_army")
        }
        let q = try #require(d.quotes.first { d.text($0.cue) == "calling" })
        #expect(q.speaker?.entity == "org.sudanese_army")
    }

    @Test func aSubjectWhoseNameAParenthesisFollowsIsNoContentBeforeTheVerb() throws {
        let d = claimsRun("The army's spokesman, Brigadier General Hassan al-Tayeb (whose name is also written Eltayeb), rejected "
                          + "the RSF account in a statement.") { f in f.entity("Hassan al-Tayeb", "PER", nil) }
        #expect(!d.quotes.contains { d.text($0.span)?.hasPrefix("The army's spokesman") == true })
        #expect(d.quotes.allSatisfy { d.text($0.speaker?.span) == "Hassan al-Tayeb" })
    }

    @Test func anOpeningParticiplesPhraseIsNoContentOfTheVerbAfterIt() throws {
        for (text, opening) in [("Contacted by Salween Post, AA spokesman U Khaing Min Swe rejected the denial.", "Contacted"),
                                ("Switching to English, he said nothing more.", "Switching")] {
            let d = claimsRun(text)
            #expect(!d.quotes.contains { d.text($0.span)?.hasPrefix(opening) == true }, "\(text)")
        }
        // A participle that opens a clause with a verb of its own is content: "Suspected bombs exploded …, witnesses said".
        let q = try onlyQuote("Suspected bombs exploded outside the embassies on Friday, killing dozens of people, witnesses said.")
        #expect(q.speaker == "witnesses")
    }

    @Test func theObjectOfAParticipleAfterTheSpeakerIsNotWhoSpeaks() throws {
        #expect(try onlyQuote("In the recording, a masked man speaking Arabic said the hostage had died.").speaker == "a masked man")
        // A participle after a comma belongs to the clause before it.
        let d = claimsRun("Video shows that he had his hands in the air, contradicting the police's earlier claim that he had refused.")
        #expect(!d.quotes.contains { d.text($0.speaker?.span) == "his hands in the air" })
    }

    @Test func aRelayAfterTheSpeakerBeforeItsVerbReportsNothing() throws {
        let q = try onlyQuote("Residents speaking to reporters said the town was calm.")
        #expect(q.content == "the town was calm")
        #expect(q.cue == "said")
    }

    @Test func kinAndRolesAfterANameSpeak() throws {
        let sister = claimsRun("“Until then, for us, Ji-hoon is alive,” his older sister, Park Min-jung, said in the statement.") { f in
            f.entity("Park Min-jung", "PER", nil)
        }
        #expect(sister.text(sister.quotes.first?.speaker?.span) == "Park Min-jung")
        #expect(try onlyQuote("A US defence official, who was not authorised to speak publicly, denied that the military had any information.").speaker
                == "A US defence official")
    }

    @Test func aNounOfSpeechAfterAPossessiveThatAPrepositionFollowsReportsNothing() {
        #expect(claimsRun("In several cases, the group's claims about the deaths of hostages were confirmed.").quotes.isEmpty)
    }

    @Test func aQuoteAfterARelativeClauseEndingInAPlaceIsTheSubjects() throws {
        let d = claimsRun("A resident of Djibo who fled to Ouahigouya told this agency by phone: “We heard shooting until noon.”") { f in
            f.entity("Djibo", "LOC", "loc.djibo")
            f.entity("Ouahigouya", "LOC", "loc.ouahigouya")
        }
        #expect(d.text(d.quotes.first?.speaker?.span) == "A resident of Djibo")
    }

    @Test func itAfterAnOrganisationsStatementReleasedViaItsOutletIsTheOrganisation() throws {
        let d = claimsRun("JNIM said in a statement released via its az-Zallaqa Foundation that its fighters had stormed the camp. "
                          + "It claimed to have killed more than 70 soldiers.") { f in
            f.entity("JNIM", "ORG", "org.jnim")
            f.entity("az-Zallaqa Foundation", "ORG", "org.az_zallaqa")
            f.document.entities[1].kind = "media"
        }
        let q = try #require(d.quotes.first { d.text($0.cue) == "claimed" })
        #expect(q.speaker?.entity == "org.jnim")
    }

    @Test func aQuoteItsSpeakerWasQuotedAsSayingAfterIsTheSpeakers() throws {
        for text in ["“Sheikh Abdirahman is alive and well,” the group's military spokesman, Sheikh Abdiaziz Abu Musab, "
                     + "was quoted as saying by the pro-Shabaab Radio Andalus.",
                     "“Sheikh Abdirahman is alive and well,” the group's military spokesman, Sheikh Abdiaziz Abu Musab, "
                     + "was quoted by Radio Andalus as saying."] {
            let d = claimsRun(text) { f in
                f.entity("Abdiaziz Abu Musab", "PER", nil)
                f.entity("Radio Andalus", "ORG", "org.radio_andalus")
            }
            let q = try #require(d.quotes.first, "\(text)")
            #expect(d.text(q.cue) == "saying", "\(text)")
            #expect(d.text(q.speaker?.span) == "Abdiaziz Abu Musab", "\(text)")
            #expect(q.chain.contains { $0.entity == "org.radio_andalus" }, "\(text)")
        }
    }

    @Test func itAfterAnUnlistedMinistryThatSpokeIsTheMinistry() throws {
        let d = claimsRun("Al-Shabaab fighters attacked a base. Somalia's Defence Ministry said on Wednesday that the commander "
                          + "had been killed. It said the strike was carried out with partners.") { f in
            f.entity("Al-Shabaab", "ORG", "org.al_shabaab")
        }
        let q = try #require(d.quotes.first { d.text($0.span) == "the strike was carried out with partners" })
        #expect(q.speaker?.entity != "org.al_shabaab")
        #expect(q.speaker?.name == "Somalia's Defence Ministry")
    }

    @Test func aDenialAfterACommaHasItsObjectAfterItNotItsSpeaker() throws {
        let d = claimsRun("In an audio message sent on Tuesday, a man who identified himself as Abu Hafsat, a spokesman for JAS, "
                          + "rejected the army's account.") { f in f.entity("Abu Hafsat", "PER", nil) }
        #expect(!d.quotes.contains { d.text($0.speaker?.span) == "the army's account" })
        // A confirmation after its content still has its speaker after it.
        #expect(try onlyQuote("Hamaha is alive, confirmed the spokesman.").speaker == "the spokesman")
    }

    @Test func aPossessorsOwnModifiersBelongToTheSpeakersPhrase() throws {
        // The possessor's words count apart from those of the noun it possesses.
        #expect(try onlyQuote("The former prime minister's office said the talks would resume.").speaker
                == "The former prime minister's office")
        #expect(try onlyQuote("The interim defence minister's spokesman said the talks would resume.").speaker
                == "The interim defence minister's spokesman")
        // Such a phrase in apposition describes the person named before it, who speaks.
        let d = claimsRun("Ivanka Trump, the Republican presidential nominee's eldest daughter, noted that the rule applied to married couples.") { f in
            f.entity("Ivanka Trump", "PER", nil)
        }
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["Ivanka Trump"])
    }

    @Test func aVerbThatOpensAListItemSpeaksForWhoseRemarksTheListSumsUp() throws {
        let d = claimsRun("Foreign Ministry spokesman Hossein Mahdavi held his weekly press conference. The main points:\n\n"
                          + "On Iran:\n- Said that Iran remained committed to its obligations.\n"
                          + "- Rejected remarks by European officials about enrichment, saying that these steps were reversible.\n"
                          + "- Denied that any inspectors had been barred.\n\nKey facts\n• Estimated size: 40 members\n- Claim credibility: high") { f in
            f.entity("Hossein Mahdavi", "PER", nil)
            f.entity("Iran", "LOC", "loc.iran")
        }
        for content in ["that Iran remained committed to its obligations", "that these steps were reversible", "that any inspectors had been barred"] {
            let q = try #require(d.quotes.first { d.text($0.span) == content }, "\(content)")
            #expect(q.speaker?.name == "Hossein Mahdavi", "\(content)")
            #expect(q.speakerRule == "speaker.list_item", "\(content)")
        }
        // A noun or a participle before a label is no verb of the item's.
        #expect(!d.quotes.contains { d.text($0.cue) == "Estimated" || d.text($0.cue) == "Claim" })
    }

    @Test func aParticiplesByAfterItsNounIsNoSourceOfTheVerbOfSpeech() throws {
        // The one "by" names made the noun's use, not the report.
        #expect(try onlyQuote("Sanders said the tax breaks used by Trump and others do nothing to boost the economy.").speaker == "Sanders")
        #expect(try onlyQuote("Police say an email sent by Afroz had mentioned plans to attack.").content
                == "an email sent by Afroz had mentioned plans to attack")
    }
}
