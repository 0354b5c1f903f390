#!/usr/bin/env python3
"""Writes dev/check/dev2/dev3/dev4/check2/check3.gold.json from the annotations below (made by reading texts/, see README.md), and
checks that every snippet occurs in its text (after folding curly quotes to straight ones and whitespace runs to one
space, as the scorer does)."""
import json, re

def Q(doc, snippet, speaker):
    return {"doc": doc, "snippet": snippet, "speaker": speaker}

def N(doc, snippet):
    return {"doc": doc, "snippet": snippet}

def E(name, typ, *surfaces):
    return {"name": name, "type": typ, "surfaces": list(surfaces)}

QUOTES = [
    # wn19-006 (dev)
    Q("wn19-006", "I can do it [call a national emergency] if I want. I may do it.", "Donald Trump"),
    Q("wn19-006", "in the midst of a crisis on our southern border.", "Mike Pence"),
    Q("wn19-006", "We are committed to keeping our border safe. We can do that best when government is open. We made that clear to the president.", "Nancy Pelosi"),
    Q("wn19-006", "We made a plea to the president once again: don't hold hundreds of thousands of federal workers hostage", "Chuck Schumer"),
    Q("wn19-006", "So we told the president we needed the government open. He resisted.", "Chuck Schumer"),
    Q("wn19-006", "I can just tell you, I don't know what he's basing this on, but he's faced so many lawsuits when he ignores the law and ignores tradition and precedent and just goes forward without any concern", "Dick Durbin"),
    # wn19-033 (dev)
    Q("wn19-033", "[e]xtremely pained to hear about the demise of my dear childhood friend, colleague and former Deputy Chief Minister (Dy CM) of Goa advocate Francis D'Souza. A wonderful human being and a leader loved by all. He devoted himself to public service. His demise is a great personal loss", "Manohar Parrikar"),
    # wn19-068 (dev)
    Q("wn19-068", "Chahed signed a government decree that bars any person with an undisclosed face from access to public headquarters, administrations, institutions, for security reasons", None),
    Q("wn19-068", "We are for the freedom to dress, but today with the current situation and the terrorist threats in Tunisia and across the region we find justifications for this decision", "Jamel Msallem"),
    Q("wn19-068", "Tunisia is facing terrorist attacks, so every measure which is led by security motives is understandable", "Samir Dilou"),
    Q("wn19-068", "We proposed a bill in 2016 about this subject and it has still not been debated [...] Maybe it is time now.", "Souhail Alouini"),
    # wn19-089 (dev)
    Q("wn19-089", "We're not going to wait until Oct. 31 before getting on with our plans to take this country forward", "Boris Johnson"),
    Q("wn19-089", "This is a new government with a very exciting agenda", "Boris Johnson"),
    Q("wn19-089", "smash and grab on our democracy", "Jeremy Corbyn"),
    Q("wn19-089", "However it is dressed up, it is blindingly obvious that the purpose of [suspending Parliament] now would be to stop [Parliament] debating Brexit and performing its duty in shaping a course for the country.", "John Bercow"),
    Q("wn19-089", "Jeremy Corbyn wants to cancel the referendum and argue about Brexit for years [...] I am committed to leading our country forward and getting Britain out of the EU by October 31st.", "Boris Johnson"),
    Q("wn19-089", "Boris Johnson is trying to use the Queen to concentrate power in his own hands — this is a deeply dangerous and irresponsible way to govern.", "Yvette Cooper"),
    Q("wn19-089", "It would be a constitutional outrage if Parliament were prevented from holding the government to account at a time of national crisis.", "Philip Hammond"),
    # wn20-002 (dev)
    Q("wn20-002", "While we await further clarification on the legal nature and impact of today's resolution,", "Morgan Ortagus"),
    Q("wn20-002", "we strongly urge Iraqi leaders to reconsider the importance of the ongoing economic and security relationship between the two countries and the continued presence of the Global Coalition to Defeat ISIS", "Morgan Ortagus"),
    Q("wn20-002", "a serious violation of Iraqi sovereignty", "Foreign Ministry of Iraq"),
    # wn20-011 (dev): the leaked recording's speaker is only "someone, seemingly Honcharuk"
    Q("wn20-011", "has a very primitive understanding of economic processes.", ["Oleksiy Honcharuk", None]),
    Q("wn20-011", "a model of honesty for me", "Oleksiy Honcharuk"),
    Q("wn20-011", "to remove any doubts about our respect and trust in the president, I wrote a resignation offer", "Oleksiy Honcharuk"),
    Q("wn20-011", "I decided to give you and your government a chance if you'll be able to fix some issues that are very important now and really worry our society", "Volodymyr Zelensky"),
    # wn20-038 (dev): a proclamation (Trump's) speaks; two quotes of Tim Manning joined by "and"
    Q("wn20-038", "the COVID-19 outbreak in the United States constitutes a national emergency", ["Donald Trump", None]),
    Q("wn20-038", "FEMA has an important role in coordinating the larger response to the crisis", "Tim Manning"),
    Q("wn20-038", "[i]f there's an emergency, FEMA needs to be involved.", "Tim Manning"),
    # wn20-052 (dev): a law's text
    # added after the first measurement: a 5-word quote first miscounted as 4 (see README.md)
    Q("wn20-052", "grave abuse of governmental power", None),
    Q("wn20-052", "no person, firm, company, association, or corporation shall construct, install, establish, or operate a radio transmitting station, or radio receiving station used for commercial purposes, or a radio broadcasting station, without having first obtained a franchise therefor from the Congress of the Philippines.", ["Republic Act No. 3846", None]),

    # wn19-029 (check)
    Q("wn19-029", "Even though she relinquished her title according to royal laws [...] she still retains her status and position as a member of the Chakri dynasty [...] Involvement of a high-ranking member of the royal family in politics, in whatever way, is an act that conflicts with the country's traditions, customs, and culture, and therefore is considered extremely inappropriate.", "Maha Vajiralongkorn"),
    Q("wn19-029", "Thai Raksa Chart party complies with the royal command,", "Thai Raksa Chart Party"),
    Q("wn19-029", "relinquished my royal titles and lived as a commoner[.]", "Ubolratana Mahidol"),
    # wn19-045 (check)
    Q("wn19-045", "After elections, we will change Hagia Sophia's name from museum to mosque[...] We have some plans and we are going to implement these plans.", "Recep Tayyip Erdoğan"),
    Q("wn19-045", "Ayasofya [Haghia Sophia] will no longer be called a museum. Its status will change. We will call it a mosque", "Recep Tayyip Erdoğan"),
    Q("wn19-045", "It [Haghia Sophia] is not only a great temple of Christendom — the largest for many centuries — it also belongs to humanity. It has been recognized by UNESCO, as part of our global cultural heritage. So any questioning of this status is not just an insult to the sentiments of Christians, it is an insult to the international community and international law", "George Katrougalos"),
    Q("wn19-045", "Hagia Sophia bears profound historical and spiritual significance to Muslims and Christians alike, and its status as a museum must be maintained", "United States Commission on International Religious Freedom"),
    Q("wn19-045", "Those who remain silent when Masjid Al-Aqsa is attacked, trampled, its windows smashed, cannot tell us what to do about the status of Ayasofya[...] Unfortunately, Trump is behaving like a bully boy[...] How can you do this despite the United Nations? What are you doing? Being at the helm of a state like the U.S. does not give you such a right.", "Recep Tayyip Erdoğan"),
    Q("wn19-045", "Constantinople will never exist again[...] The name of this area is Islambol [full of Islam] and you know that.", "Recep Tayyip Erdoğan"),
    # wn19-073 (check): no quotation of 5+ words
    # wn19-097 (check)
    Q("wn19-097", "dissolving the federal government in a peaceful, orderly manner", "Adam Kokesh"),
    Q("wn19-097", "American troops abroad will be immediately brought home in a responsible and orderly manner that does not endanger their lives.", "Adam Kokesh"),
    # wn20-006 (check): "They" are the five foreign ministers (a group with no one name)
    Q("wn20-006", "infringes upon the sovereign rights of third states, does not comply with the Law of the Sea and cannot produce any legal consequences", [None, "Sameh Shoukry", "Nikos Dendias", "Nikos Christodoulides", "Jean-Yves Le Drian"]),
    Q("wn20-006", "legitimate and fully compatible with international law", "Turkish Ministry of Foreign Affairs"),
    Q("wn20-006", "No project excluding our country in the Eastern Mediterranean can be implemented with regard to economic, judicial and diplomatic aspects", "Recep Tayyip Erdoğan"),
    Q("wn20-006", "we are ready to take more [positive] steps towards those taking a single step towards us.", "Recep Tayyip Erdoğan"),
    Q("wn20-006", "The agreement assumes that our islands, including our biggest island Crete, does not have an exclusive economic zone, which goes against everything we know in international law", "Kyriakos Mitsotakis"),
    # wn20-027 (check)
    Q("wn20-027", "a matter of public health", "Alberto Fernández"),
    Q("wn20-027", "[W]ithin the next 10 days, I will present a bill for the voluntary interruption of pregnancy that legalises abortion at the initial time of pregnancy and allows women to access the health system when they make the decision to abort", "Alberto Fernández"),
    Q("wn20-027", "condemned many women, generally of limited resources, to resort to abortive practices in absolute secrecy, putting their health and sometimes their lives at risk", "Alberto Fernández"),
    Q("wn20-027", "there are many abortions despite the criminal threat", "Alberto Fernández"),
    Q("wn20-027", "A state that is present must protect citizens in general and obviously women in particular. And in the 21st Century, every society needs to respect the individual choice of its members to decide freely about their bodies", "Alberto Fernández"),
    Q("wn20-027", "heard the demands of women, adolescents and girls", "Mariela Belski"),
    Q("wn20-027", "We need to pray so that in Argentina, the yes to life is stronger than death.", "Jorge Eduardo Scheinig"),
    # wn20-049 (check)
    Q("wn20-049", "proud to endorse Joe Biden as president of the United States.", "Elizabeth Warren"),
    Q("wn20-049", "proud to have the fiercest of fighters", "Joe Biden"),
    Q("wn20-049", "create a government that works for everyone — not just the wealthy and well-connected.", "Joe Biden"),
    # wn20-071 (check): an interview; the answers are not in quotation marks
    Q("wn20-071", "Hi, my hobby is taking over the world from Microsoft. What's yours?", "Perttu Ahola"),

    # ---- dev2 (annotated after the first round of fixes, before any tool ran on these texts)
    # wn19-101
    Q("wn19-101", "[W]e must get Brexit done, because the UK must come out [...] by October 31st, or else I fear that permanent damage will be done in the UK to trust our democratic system", "Boris Johnson"),
    Q("wn19-101", "[are] eager for an election — but as keen as we are, we are not prepared to risk inflicting the disaster of no deal on our communities, our jobs, our services, or indeed our rights", "Jeremy Corbyn"),
    # wn19-103: Bolton's tweet quotes Trump in single quotes
    Q("wn19-103", "I informed John Bolton last night that his services are no longer needed at the White House. I disagreed strongly with many of his suggestions, as did others in the Administration,", "Donald Trump"),
    Q("wn19-103", "and therefore I asked John for his resignation, which was given to me this morning. I thank John very much for his service. I will be naming a new National Security Advisor next week.", "Donald Trump"),
    Q("wn19-103", "I offered to resign last night and President Trump said, 'Let's talk about it tomorrow.'", "John Bolton"),
    Q("wn19-103", "Let's talk about it tomorrow.", "Donald Trump"),
    Q("wn19-103", "I don't think that any leader around the world should make any assumption that because some one of us departs that President Trump’s foreign policy will change in a material way", "Mike Pompeo"),
    Q("wn19-103", "There were many times that Ambassador Bolton and I disagreed. That's to be sure.", "Mike Pompeo"),
    # wn19-104: the court speaks through its opinion and summary
    Q("wn19-104", "was motivated by the improper purpose of stymying Parliament and that it, and what has followed from it, is unlawful.", "Court of Session"),
    Q("wn19-104", "that although advice to HM [Her Majesty] the Queen on the exercise of the royal prerogative of prorogating Parliament was not reviewable on the normal grounds of judicial review, it would nevertheless be unlawful if its purpose was to stymie parliamentary scrutiny of the executive", ["Colin Sutherland", "Court of Session"]),
    Q("wn19-104", "The Court will accordingly make an Order declaring that the Prime Minister’s advice to HM the Queen and the prorogation which followed thereon was unlawful and is thus null and of no effect.", "Court of Session"),
    Q("wn19-104", "Today's Court of Session judgment is of huge constitutional significance — but the immediate political implications are clear. Court says prorogation was unlawful and null and void — so Parliament must be recalled immediately to allow the essential work of scrutiny to continue.", "Nicola Sturgeon"),
    Q("wn19-104", "Now, for every moment Parliament remains prorogued, the British government are breaking the law.", "Joanna Cherry"),
    Q("wn19-104", "The UK government needs to bring forward a strong domestic legislative agenda. Proroguing Parliament is the legal and necessary way of delivering this.", None),
    # wn19-114 ("get out of the region": added after the first dev2 measurement, 5 words miscounted as 4)
    Q("wn19-114", "get out of the region", "Hassan Rouhani"),
    Q("wn19-114", "The presence of foreign forces can be dangerous for the region, international waters, as well as the security of shipping lines and energy, but our path is to create unity and coordination with regional countries,", "Hassan Rouhani"),
    Q("wn19-114", "Those who want to link the region’s incidents to the Islamic Republic of Iran are lying like their past lies that have been revealed [...] If they are truthful and really seek security in the region, they must not send weapons, fighter jets, bombs and dangerous arms to the region.", "Hassan Rouhani"),
    Q("wn19-114", "Your presence has always been a calamity for this region and the farther you go from our region and our nations, the more security would come for our region", "Hassan Rouhani"),
    # wn20-072: an unnamed Interpol spokesperson (Interpol accepted)
    Q("wn20-072", "any intervention or activities of a political, military, religious or racial character,", [None, "Interpol"]),
    Q("wn20-072", "would not consider requests of this nature", [None, "Interpol"]),
    Q("wn20-072", "This is a political nature. This has nothing to do with national security, international peace or promoting stability", "Brian Hook"),
    Q("wn20-072", "It is a propaganda stunt that no-one takes seriously.", "Brian Hook"),
    # wn20-089
    Q("wn20-089", "India grieves the passing away of Bharat Ratna Pranab Mukherjee. He has left an indelible mark on the development trajectory of our nation. A scholar par excellence, a towering statesman, he was admired across the political spectrum and by all sections of society [...] Condolences to his family, friends, admirers and supporters across India. Om Shanti.", "Narendra Modi"),
    Q("wn20-089", "He was an excellent politician, orator [...] For the Congress, he was the helmsman. He won [the] hearts of everyone. Our prime minister respected him so much, one can imagine, how important he was for the country. He was a true Bharat Ratna", "Vijay Goel"),
    Q("wn20-089", "Last year August 8 was one of the happiest days for me as my dad received Bharat Ratna. Exactly a year later on August 10 he fell critically ill. May God do whatever is best for him and give me strength to accept both joys and sorrows of life with equanimity. I sincerely thank all for their concerns", "Sharmistha Mukherjee"),
    # wn20-098
    Q("wn20-098", "a good man with vast knowledge in the political field [who] stands firm on his positions, aligns well with the party platform and has an abundance of ability to lead this nation in the direction it needs to go.", "William Mohr"),
    Q("wn20-098", "ability to influence leaders around him", "William Mohr"),
    Q("wn20-098", "has a backbone superior to most men and will be the strongest President we have seen in decades.", "William Mohr"),
    # ---- dev3 (annotated after the second round of fixes, before any tool ran on these texts)
    # wn19-115: courts speaking through their rulings (the court, or null for the document)
    Q("wn19-115", "This Court has already concluded that the Prime Minister's advice to Her Majesty was unlawful, void and of no effect. This means that the Order in Council to which it led was also unlawful, void and of no effect and should be quashed. This means that when the Royal Commissioners walked into the House of Lords it was as if they walked in with a blank sheet of paper. The prorogation was also void and of no effect. Parliament has not been prorogued. This is the unanimous judgment of all 11 Justices.", ["Supreme Court of the United Kingdom", None]),
    Q("wn19-115", "In our view, the decision of the Prime Minister to advise Her Majesty the Queen to prorogue Parliament is not justiciable in Her Majesty’s courts.", "High Court of England and Wales"),
    # wn19-133
    Q("wn19-133", "assurances from the US that it would not allow any Turkish military operations against the region.", "Syrian Democratic Forces"),
    Q("wn19-133", "The statement was a surprise and we can say that it is a stab in the back for the SDF.", "Kino Gabriel"),
    Q("wn19-133", "neutralizing the threat stemming from PKK-YPG terrorist", ["Recep Tayyip Erdoğan", None]),
    Q("wn19-133", "We must always have the backs of our allies, if we expect them to have our back. The Kurds were instrumental in our successful fight against ISIS in Syria. Leaving them to die is a big mistake.", "Nikki Haley"),
    Q("wn19-133", 'The WH statement tonight on Syria after Trump spoke with Erdogan demonstrates a complete lack of understanding of anything happening on the ground. The "United States" is not holding any ISIS detainees. They are all being held by the SDF, which Trump just served up to Turkey.', "Brett McGurk"),
    Q("wn19-133", "The SDF suffered thousands of casualties in the Raqqa battle. Not a single American life was lost. Trump later expanded the operation down the ERV. He touts these operations in political rallies but without apparent thought as to who did the fighting and dying.", "Brett McGurk"),
    Q("wn19-133", "As I have stated strongly before, and just to reiterate, if Turkey does anything that I, in my great and unmatched wisdom, consider to be off limits, I will totally destroy and obliterate the Economy of Turkey (I’ve done [it] before!). They must, with Europe and others, watch over the captured ISIS fighters and families. The U.S. has done far more than anyone could have ever expected, including the capture of 100% of the ISIS Caliphate. It is time now for others in the region, some of great wealth, to protect their own territory. THE USA IS GREAT!", "Donald Trump"),
    Q("wn19-133", "This is going to lead to ISIS' reemergence. Nothing [is] better for ISIS than to create a conflict between the Kurds and Turkey. The Kurds will now align with [Bashir al] Assad because they have nobody to count on because we abandoned them. So this is a big win for Iran and Assad — a big win for ISIS.", "Lindsey Graham"),
    Q("wn19-133", "ISIS is not defeated [...] The biggest lie being told by the administration [is] that ISIS is defeated. The caliphate's destroyed, but there's thousands of fighters over there. And no, the caliphate would not have been destroyed without the Kurds, and I applaud the president for getting the Kurds and the Arabs to do most of the fighting. The [US] casualties destroying the caliphate was very low", "Lindsey Graham"),
    Q("wn19-133", "[T]his impulsive decision by the president has undone all the gains we’ve made, thrown the region into further chaos. Iran is licking their chops. And if I’m an ISIS fighter I've got a second lease on life. So to those who think ISIS has been defeated you will soon see.", "Lindsey Graham"),
    # wn19-137
    Q("wn19-137", "I think everybody's sympathies are very much with the family of Harry Dunn and our condolences to them for their tragic loss. I must answer you directly, I do not think that it can be right to use the process of diplomatic immunity for this type of purpose.", "Boris Johnson"),
    Q("wn19-137", "And I hope that Anne Sacoolas will come back and will engage properly with the processes of law as they are carried out in this country. That's a point that we've raised or are raising today with the American ambassador here in the UK and I hope it will be resolved very shortly. And to anticipate a question you might want to raise, if we can't resolve it then of course I will be raising it myself personally with the White House.", "Boris Johnson"),
    Q("wn19-137", "that she had no plans to leave the country in the near future", "Anne Sacoolas"),
    Q("wn19-137", "intense attention at senior levels and are considered carefully given the global impact such decisions carry", "United States Department of State"),
    Q("wn19-137", "She didn't purposely drive on the other side of the road... if she'd have stayed and faced us as a family we could have found that forgiveness... but forgiving her for leaving, I'm nowhere near.", "Charlotte Charles"),
    Q("wn19-137", "All we need to do is ask her to come back. It’s not much to ask. She’s left a family in complete ruin. We’re broken.", "Charlotte Charles"),
    # wn19-143
    Q("wn19-143", "An agreement has been reached with the Syrian government — whose duty it is to protect the country's borders and preserve Syrian sovereignty — for the Syrian Army to enter and deploy along the Syrian-Turkish border to help the [SDF] stop [the Turkish] aggression", "Syrian Democratic Forces"),
    Q("wn19-143", "to prevent the creation of a terror corridor across our southern border, and to bring peace to the area.", "Recep Tayyip Erdoğan"),
    Q("wn19-143", "They need to stand by us", "Recep Tayyip Erdoğan"),
    Q("wn19-143", "I count on Turkey to act with restraint & ensure that the gains we have made in the fight against ISIS are not jeopardised.", "Jens Stoltenberg"),
    # wn20-109
    Q("wn20-109", "I am honored and humbled by the trust the American people have placed in me and in Vice President-elect Harris", "Joe Biden"),
    Q("wn20-109", "With the campaign over, it's time to put the anger and the harsh rhetoric behind us and come together as a nation. It's time for America to unite. And to heal [...] We are the United States of America. And there's nothing we can't do, if we do it together.", "Joe Biden"),
    Q("wn20-109", "I WON THIS ELECTION, BY A LOT!", "Donald Trump"),
    Q("wn20-109", "The simple fact is this election is far from over. Joe Biden has not been certified as the winner of any states, let alone any of the highly contested states headed for mandatory recounts, or states where our campaign has valid and legitimate legal challenges that could determine the ultimate victor", "Donald Trump"),
    # wn20-114
    Q("wn20-114", "never directly or indirectly pressured by any Executive Branch official", "Emily W. Murphy"),
    Q("wn20-114", "in the best interests of the country", "Donald Trump"),
    # wn20-115
    Q("wn20-115", "individual liberty, free markets and small government", "Liberal Democrats"),
    # wn20-118
    Q("wn20-118", "Wow! Thousands of people forming in Washington (D.C.) for Stop the Steal. Didn't know about this, but I'll be seeing them! #MAGA", "Donald Trump"),
    Q("wn20-118", "That's pretty cool. Imagine just being able to jump in a helicopter and just go for a joy ride around Washington", "Michael Flynn"),
    Q("wn20-118", "I went to bed at 1 o'clock and Trump was ahead. There's no way[...] I don't believe it, it's fake.", "Lisa Parry"),
    # ---- dev4 (annotated after the third round of fixes, before any tool ran on these texts)
    Q("wn19-164", "I've seen mass mobilisation campaigns before, but not over an entire country like this[.]", "Sheldon Yett"),
    Q("wn19-164", "Latest update: 3,728 measles cases have been reported since the outbreak with 198 recorded in the last 24 hours. To date, 53 measles related deaths have been recorded. Since the Mass Vaccination Campaign on 20 Nov 2019, the Ministry has successfully vaccinated 58,150 individuals.", [None, "government of Samoa"]),
    Q("wn19-164", "village councils, faith-based organizations, and church leaders, village mayors and government women representatives", "Tuilaepa Sailele Malielegaoi"),
    Q("wn19-164", "really hammer home their message.", "Keni Lesa"),
    Q("wn19-166", "...I and we will never take your support for granted. And I will make it my mission to work night and day, flat out, to prove you right in voting for me this time and to earn your support in the future.", "Boris Johnson"),

    # check2: MultiLing 2011 English Wikinews texts, annotated by a second annotator before any tool ran on them
    # ml-M0010 (check2): "intelligence led" and "significant amount" are police words under 5 words
    Q("ml-M0010", "is directly connected to the outrages on Thursday", "Ian Blair"),
    # ml-M0014 (check2): quotes nested in quotes ('narrative of what happened') are not listed apart
    Q("ml-M0014", "Even if you don't like the questions, don't like the answers, think you know the answers already, Mr Blair, it is us, not you, who are paying the cost for this... If the cost of answering questions makes you squirm, then too bad... We run the risks on the trains, the buses, the streets each day... How dare you presume you know our questions and how dare you presume that they can be answered by a 'narrative of what happened', as if we are children to be placated with a story. I know what happened, I want to know why.", "Rachel North"),
    Q("ml-M0014", "We are constantly reminded that this is the worst peace time bombing London has ever seen, for something that bad there should be an inquiry. People died, families lost someone they loved and hundreds are still suffering. You can't put a price on that but apparently the government can.", "Fiona"),
    Q("ml-M0014", "If nothing else, an enquiry would make sure some of these lessons were learnt in case, God forbid, anything like this happened again. I thought there were plansin place for emergencies such as this. Whilst the emergency services did a fantastic job on the day, I have been stunningly underwhelmed by the support offered to victims since.", "Pauline"),
    Q("ml-M0014", "When I watched the Al-Qaeda video declaring Jihad against the UK I was haunted by the familiarity of the voice, it was my voice, my accent, my dialect. This is not a man who was recruited and trained in some far off country that I have barely heard of, this was a man who was recruited and trained while he lived 20 minutes from my mother's home where I was born and raised.The words he spoke of are words similar to what I have heard many times from disillusioned young men that I studied for my A Levels with. They are the words of hatred I overheard when I worked as a support worker at my local college. They were words of students who were educated... when someone follows through with the actions of those opinions to the detriment of others, questions need to be asked why preventions were not put in place and this needs to be done by public inquiry for peace of mind.I have been told that I am looking for justice in the wrong place and in some way that is right. However, I want some sort of justice, some manner of peace of mind, some questions answered and resolutions made. I don't want others to have to go through what myself and hundreds of other commuters did on that Summer's day.", None),
    Q("ml-M0014", "The families will be campaigning for there to be a full public inquiry... A narrative of events will not satisfy anybody. This is not something we will go away on.", "Saba Mozakka"),
    Q("ml-M0014", "I ask myself - if there is really nothing to hide then why shy away from a public inquiry? It is the only real way that we can truly get things discussed and see for ourselves what happened and what lessons can be learnt and whether we are better prepared now than on 7 July... I have a son who was killed and is never going to come back. Nobody is going to tell me that [an inquiry] is a waste of police time.", "Marie Fatayi-Williams"),
    # ml-M0016 (check2)
    Q("ml-M0016", "You have betrayed this country that has given you every opportunity,", "Michael Astill"),
    Q("ml-M0016", "All of you may never be released. It's not a foregone conclusion.", "Michael Astill"),
    Q("ml-M0016", "He's been in custody for more than three years, facing these charges,", "Lawrence Greenspon"),
    Q("ml-M0016", "The (British) jury obviously had a great deal of difficulty coming to a decision,", "Lawrence Greenspon"),
    Q("ml-M0016", "Even with that, two of the seven were acquitted.", "Lawrence Greenspon"),
    # ml-M0034 (check2): "Jesus Christ, I'm speechless" (Millar) has 4 words
    Q("ml-M0034", "Vino has tested positive having to do with a blood transfusion, and the team is leaving the Tour,", "Corinne Druey"),
    Q("ml-M0034", "There is the presence of a double population of haematids, which implies there has been a blood transfusion with homological blood,", "Astana Team"),
    Q("ml-M0034", "Tour organizers have asked Astana Cycling Team to leave the race, which has been accepted spontaneously.", "Astana Team"),
    Q("ml-M0034", "Vino denies any blood manipulation. He says after his crash on July 12, there may be blood anomalies.", "Marc Biver"),
    Q("ml-M0034", "I cannot comment on this until the result of the B sample's analysis.", "Pat McQuaid"),
    Q("ml-M0034", "It makes me sad. I have the impression the riders will never understand.", "David Millar"),
    Q("ml-M0034", "You do not cheat because it is too hard, you cheat because you want to be first.", "Christian Prudhomme"),
    # ml-M0035 (check2): the " in 1h 12' 06" is a seconds mark
    Q("ml-M0035", "I thought I had a fair chance, but from thinking to doing that can be a long way. I was a bit in trouble in the first 15 km, but in the last 30 km I did very well.", "Michael Rasmussen"),
    Q("ml-M0035", "I do admit I committed an administrative error,", "Michael Rasmussen"),
    Q("ml-M0035", "I have already received a warning from the UCI but I am very calm and very relaxed.", "Michael Rasmussen"),
    Q("ml-M0035", "I know a lot of riders who have received warnings for not giving updated information to the UCI. I'm just one out of many and it's just that I happen to have the yellow jersey.", "Michael Rasmussen"),
    # ml-M0050 (check2): "large waves", "smaller," and "visibly receding" are reported words under 5 words
    Q("ml-M0050", "the greatest wave heights will occur between six and 12 hours after the initial arrivals.", "Ministry of Civil Defense"),
    # ml-M0055 (check2): "sudden" and "terrifying" are single words
    Q("ml-M0055", "It occurred very suddenly, and I felt the earth was moving like in circles.", "Diego Grez"),
    Q("ml-M0055", "I could see my sister coming down from the second floor of my house, she was very frightened. There are some small bells in the entrance of my house, and they were sounding very loud. It was terrifying, I just couldn't move.", "Diego Grez"),
    # ml-M0056 (check2): section headings in single quotes repeat a speaker's words and are listed as quotes; the
    # quotations nested in Mella's quotes ('I don't know ...', "the grotto of the Virgin") are not listed apart
    Q("ml-M0056", "The house moved from side to side. I really thought it was going to fall", "Diego Grez"),
    Q("ml-M0056", "The house moved from side to side. I really thought it was going to fall. It was 3 or 4 minutes long,", "Diego Grez"),
    Q("ml-M0056", "Pichilemu is the symbolic beach resort in the Sixth Region [of O'Higgins], so it was not strange to even think that [during] the last weekend before the entrance to school, many people would be going to take advantage of it to take a vacation; and that's what happened,", "El Rancagüino"),
    Q("ml-M0056", "Those who live in Pichilemu, and those who were visiting it, were surprised by the giant waves that annihilated its beach and reached the city's square, destroying everything on their way,", "El Morrocotudo"),
    Q("ml-M0056", "The most tough thing occurred when the firefighters' alarms sounded twice, and the people in the hill began to yell 'tsunami!',", "Tania Arce"),
    Q("ml-M0056", "It's something unforgettable to me, I'm proud I saved all of those lives", "José Arévalo"),
    # a third-person account, seemingly El Rancahuaso's report (the next quote is "El Rancahuaso reported")
    Q("ml-M0056", "Right after the quake, he noticed the sea had shrank around 500 meters inside. He took his megaphone, and shouted people should leave the place instantly.", ["El Rancahuaso", None]),
    Q("ml-M0056", "The sea is coming out! The sea is coming out!,", "José Arévalo"),
    Q("ml-M0056", "The warning was also preceived by nightclubs and pubs surrounding the costanera. Then, the tragedy occurred. The sea destroyed everything on its way,", "El Rancahuaso"),
    Q("ml-M0056", "It all was really quick. Everyone is safe, luckily [..] It's something unforgettable to me, I'm proud I saved all of those lives,", "José Arévalo"),
    Q("ml-M0056", "We are keeping the government informed, we're also organized with some churches [sic, religious organizations] that are working voluntarily in Espinillo, Los Boldos, Alto Ramírez [...] We thank a lot their work, that is not to give them mediaguas [temporary tenements], but something definitive, but I also think they need resources to do it,", "Roberto Córdova Carreño"),
    Q("ml-M0056", "We are here because we fear about our safety", "Edith Larraín"),
    Q("ml-M0056", "We are here because we fear about our safety. We don't want it [a possible tsunami] to catch us. We have to settle down here and to accommodate,", "Edith Larraín"),
    # the campaign was announced by Córdova "in collaboration with" three others
    Q("ml-M0056", "to make the city go back to the normality.", ["Roberto Córdova Carreño", None]),
    Q("ml-M0056", "We wanted to create this monument so we don't forget it [the earthquake] [...] This is the beginning of the reconstruction,", "Julio Ibarra"),
    Q("ml-M0056", "it definitely will help us reconstruct [ourselves] espiritually, [and that] is essential.", "Roberto Córdova Carreño"),
    Q("ml-M0056", "The Government of President Sebastián Piñera has been worried about the fishing area, carrying out several actions in help of them, after all that they've suffered after the earthquake and tsunami that hit them [...] This area is working normally again,", "Julio Ibarra"),
    Q("ml-M0056", "I was given my [former] kiosk by the Mayor Orlando Cornejo, back in 1993. It was right in front of us [in front of Las Terrazas beach, near \"the grotto of the Virgin\"], and was made smithereens by the tsunami,", "Alejandro Mella"),
    Q("ml-M0056", "I have always worked on selling cochayuyo here, and the terrain where my kiosk was located before has been disputed by private people, and the municipality approved that. I talked with the Mayor and he said 'I don't know what's going on the beach'; that left me perplexed. [...] I like the new design of the kiosks, they are larger, and we can do more things with it, but they are way too expensive,", "Alejandro Mella"),
    # the essay's own description, or Mella's
    Q("ml-M0056", "tips and information about the plant, and some recipes.", ["Alejandro Mella", None]),
    # ml-M0057 (check2)
    Q("ml-M0057", "In Rancagua, it all was really shake-y,", "Daniela Banda Sandoval"),
    Q("ml-M0057", "[It was felt] very strong[ly] here in Santa Cruz, in addition of being noisy, it was as strong as the [February] earthquake!,", "Agustín Toro Reyes"),
    Q("ml-M0057", "At least we are sure now the ONEMI's guy was awake! Jinx Arjona... drift away from Chile!,", "Ro Fernandez"),
    # ml-M0060 (check2): "literally in the dark" (Crowley) and "ready to assist" (Obama) are under 5 words
    Q("ml-M0060", "A destructive widespread tsunami threat does not exist based on historical earthquake and tsunami data,", "Pacific Tsunami Warning Center"),
    Q("ml-M0060", "However, there is the possibility of a local tsunami that could affect coasts located usually no more than a 100 km [60 miles] from the earthquake epicentre.", "Pacific Tsunami Warning Center"),
    Q("ml-M0060", "the largest quake recorded in this area", "Dale Grant"),
    Q("ml-M0060", "Everybody is just totally, totally freaked out and shaken. The sky is just gray with dust,", "Henry Bahn"),
    Q("ml-M0060", "I just held on and bounced across the wall. I just hear a tremendous amount of noise and shouting and screaming in the distance,", "Henry Bahn"),
    Q("ml-M0060", "I think we are going to see substantial damage and casualties,", None),
    Q("ml-M0060", "This quake occurred under land as opposed to off-shore, so a lot of people were directly exposed to the shaking coming off that earthquake fault, which was quite shallow,", "Mike Blanpied"),
    Q("ml-M0060", "They reported structures down. They reported a lot of walls down. They did see a number of bodies in the street and on the sidewalk that had been hit by debris. So clearly, there's going to be serious loss of life in this,", "P. J. Crowley"),
    Q("ml-M0060", "dozens of dead and injured people", None),
    Q("ml-M0060", "We are trying to get in touch with our people on the ground but we are experiencing communication problems, which is not unusual in a disaster such as this,", "Stephanie Bunker"),
    Q("ml-M0060", "I'm calling on all friends of Haiti and people who are listening to me to please come to our aid. Today as Haiti is going through the worst day in its history I am calling for all others who got help from us in the beginning to help in support. The only thing I can do now is pray and hope for the best.", "Raymond Joseph"),
    Q("ml-M0060", "The United States is offering our full assistance to Haiti and to others in the region. We will be providing both civilian and military disaster relief and humanitarian assistance and our prayers are with the people who have suffered, their families and their loved ones.", "Hillary Clinton"),
    # ml-M0062 (check2): headings 'Total chaos' and 'Disaster of major proportion' are under 5 words
    Q("ml-M0062", "As we speak there are still over 100 people unaccounted for under the rubble. We do not know about their fate [...] some people have been extracted out of the building - but only less than 10 for the time being. Some dead, some alive. So we do not know for the time being the fate of the others. But of course, we are extremely, extremely concerned.", "Alain Le Roy"),
    Q("ml-M0062", "[...] It would appear that all those who were in the building, including my friend [UN mission head] Hedi Annabi [...] and all those who were with him and around him are dead,", "Bernard Kouchner"),
    Q("ml-M0062", "[f]or the moment, a large number of personnel remain unaccounted for.", "United Nations"),
    Q("ml-M0062", "We have reports of some of the most important hospitals in Port-au-Prince have been severely impacted by the earthquake,", "Paul Conneally"),
    Q("ml-M0062", "I saw dead bodies, people are screaming, they are on the street panicking, people are hurt. There are a lot of wounded, broken heads, broken arms,", "Raphaelle Chenet"),
    Q("ml-M0062", "We fear major loss of life, maybe in the thousands or tens of thousands. Survivors are using their hands to help get trapped people out. There are fears of big aftershocks which could make the situation even worse. There is huge damage to the infrastructure. We can't get through anymore. All phone lines are down.", "Efstathios Daras"),
    Q("ml-M0062", "Everything started shaking, people were screaming, houses started collapsing. It's total chaos.", "Joseph Guyler Delva"),
    Q("ml-M0062", "The whole city is in darkness, you have thousands of people sitting in the streets, with nowhere to go. I've seen seven to eight buildings, from office buildings to hotels and shopping stores, collapsed [...] I think hundreds of casualties would be a serious understatement.", "Rachmani Domersant"),
    Q("ml-M0062", "Parliament has collapsed. The tax office has collapsed. Schools have collapsed. Hospitals have collapsed [...] There are a lot of schools that have a lot of dead people in them,", "René Préval"),
    Q("ml-M0062", "To rescue people that are buried, that are trapped, etc. [...] followed very rapidly by a big problem of water, sanitation, epidemic-problems of diseases that might be bred in that kind of situation,", "Charles Vincent"),
    Q("ml-M0062", "I'm quite sure we're going to face a disaster of major proportion,", "Raymond Joseph"),
    Q("ml-M0062", "I have spoken with Mr. Clinton and we have agreed to mobilize our best assistance and rescue teams and try to reconstruct the Haitian economy. The UN will do whatever possible to help the Haitian people to overcome these difficulties,", "Ban Ki-moon"),
    Q("ml-M0062", "Brazilian forces have been working through the night to rescue but because of the darkness and destruction of infrastructure not much progress has been made. We hope it will be better this morning,", "Ban Ki-moon"),
    Q("ml-M0062", "As with most earthquakes, we expect to see immediate needs for food, water, temporary shelter, medical services and emotional support,", "American Red Cross"),
    Q("ml-M0062", "We are about 300km from the epicentre of the earthquake, and we know that the UN agencies and the humanitarian groups here are trying to get together some kind of strategy to get aid over to Haiti. We know that there are trucks loaded with supplies ready to go but the difficulty is that no-one really knows how to get that aid to the people [effectively].", None),
    # ml-M0064 (check2): "nightmare", "Starting below zero" and "colossal work of reconstruction." are under 5 words
    Q("ml-M0064", "it can be a source of insecurity because it attracts big crowds and there can be disorder around food distribution.", "Anthony Banbury"),
    Q("ml-M0064", "[It is] absolutely necessary that we get enough food, enough water, enough shelter for the people, and enough security. I don't think any of us are anywhere near being close to being satisfied, because so much more needs to be done,", "Anthony Banbury"),
    Q("ml-M0064", "[We must] do things smart, as well as fast, and that's a big challenge for us now.", "Anthony Banbury"),
    Q("ml-M0064", "bandits [...] taking advantage to harass and rape women and young girls under the tents,", "Mario Andresol"),
    Q("ml-M0064", "It took us five years to apprehend them. Today they are running wild.", "Mario Andresol"),
    Q("ml-M0064", "At night, people take things. But I don't have a problem. I don't have anything to steal.", "Omen Cola"),
    Q("ml-M0064", "we are taking photos and filling in forms to get the children's full details on file. Experience has shown us that there is at least one family member left usually. UNICEF does not believe in institutionalization in orphanages. Children need to be connected with their communities.", "Roshan Khadivi"),
    Q("ml-M0064", "I think this is going to take many more decades than only ten years, and this is an enormous backwards step in Haiti's development. We will not have to start from zero but from below zero,", "Edmond Mulet"),
    Q("ml-M0064", "All this is coming together right now. Every day you can see more and more Haitian national police on the ground, working with our troops and more and more water being distributed, so it's a matter of time and putting all these elements together,", "Edmond Mulet"),
    Q("ml-M0064", "Of course, 200,000 family-sized tents - solid ones that can withstand a hurricane season - are not available in the market just like that, so they have to be made. It's going to take a few days and weeks before they can arrive, but all this is coming,", "Edmond Mulet"),
    Q("ml-M0064", "Everyone is trying to help, but it's not as coordinated as it should be. We're not getting aid to where it needs to go as effectively as it should be,", "Bruce Ewing"),
    Q("ml-M0064", "In 30 seconds, we lost nearly 60 percent of our gross domestic product, because all of Haiti's resources were concentrated in a small area around our seat of government,", "Jean-Max Bellerive"),
    Q("ml-M0064", "We have to decentralise. It's the only way to be efficient. It's also the only way to avoid the same problems happening in Haiti again.", "Jean-Max Bellerive"),
    # check3: 12 more MultiLing 2011 English Wikinews texts, annotated by reading before any tool ran on them
    # ml-M0065 (check3): "the governor" who wrote the letter is Charlie Crist (his spokesman is only paraphrased);
    # "Doctor Green" is named by surname only
    Q("ml-M0065", "Apparently, some states were unwilling to accept the entry of Haitian patients for follow-on critical care. We manage air evacuation missions, but without a destination to fly to we can't move anybody. If we don't have permission to bring them, or they won't take them in, we can't fly the mission. It's pretty simple,", "Kevin Aandahl"),
    Q("ml-M0065", "Florida's healthcare system is quickly reaching saturation, especially in the area of high-level trauma care,", "Charlie Crist"),
    Q("ml-M0065", "We have 100 critically ill patients who will die in the next day or two if we don't med-evac them,", "Green"),
    # ml-M0067 (check3): "abduction, not an adoption" (Christallin) has 4 words; the four quotes of the group's mission
    # statement are its author's (New Life Children's Refuge) or null; unnamed staff and the unnamed relatives are null
    Q("ml-M0067", "I was going to come back here to do the paperwork,", "Laura Silsby"),
    Q("ml-M0067", "[w]e had permission from the Dominican Republic government to bring the children to an orphanage that we have there.", "Laura Silsby"),
    Q("ml-M0067", "[w]e did not arrest Americans, we arrested kidnappers.", "Jean-Max Bellerive"),
    Q("ml-M0067", "what is important for us in Haiti is that a child needs to have authorisation from this ministry to leave the country", "Yves Christallin"),
    Q("ml-M0067", "[t]his is totally illegal, [...] these people did not have that authorization.", "Yves Christallin"),
    Q("ml-M0067", "[y]ou can't just go and take a child out of a country – no matter what country you are in.", "Kent Page"),
    Q("ml-M0067", "find healing, hope, joy and new life in Christ", ["New Life Children's Refuge", None]),
    Q("ml-M0067", "as well as opportunities for adoption into a loving Christian family.", ["New Life Children's Refuge", None]),
    Q("ml-M0067", "help facilitate adoptions and provide grants to subsidize the cost of adoption for loving Christian parents who would otherwise not be able to afford to adopt.", ["New Life Children's Refuge", None]),
    Q("ml-M0067", "adopting parents to stay while fulfilling requirement for 60‐90 day visit as well as Christian volunteers/vacationing families.", ["New Life Children's Refuge", None]),
    Q("ml-M0067", "in a very bad emotional state", None),
    Q("ml-M0067", "the woman who took the children to DR", None),
    # ml-M0074 (check3): "Dateline" is a programme title
    Q("ml-M0074", "The abuses at Abu Ghraib have been fully investigated,", "Bryan Whitman"),
    Q("ml-M0074", "When there have been abuses, this department has acted upon them promptly, investigated them thoroughly and where appropriate prosecuted individuals.", "Bryan Whitman"),
    Q("ml-M0074", "This is truly American ugliness that no other country in the world can compete with... the Americans ought to apologize to mankind for their government's lie to the world that it is fighting for freedom and that it came to Iraq to save it from Saddam Hussein's oppression.", "Saleh al-Humaidi"),
    Q("ml-M0074", "beyond abuse of prisoners, there are other photos that depict incidents of physical violence toward prisoners, acts that can only be described as blatantly sadistic, cruel and inhuman.", "Donald Rumsfeld"),
    # ml-M0075 (check3): "quantum leap" (Carey) has 2 words; newspapers and Salon write as organizations
    Q("ml-M0075", "not published a substantial number of photographs they are holding.", "Washington Post"),
    Q("ml-M0075", "Newspapers that have held these images have been constrained, in large part, by the sheer graphic nature of them, especially the nudity.", "Washington Post"),
    Q("ml-M0075", "the U.S. government's efforts to keep Abu Ghraib images out of the public eye", "Washington Post"),
    Q("ml-M0075", "files and other electronic documents from an internal Army investigation into the Abu Ghraib prisoner-abuse scandal", "Salon"),
    Q("ml-M0075", "despite the death of at least one Iraqi during a CIA interrogation there", "Salon"),
    Q("ml-M0075", "We felt that it was an invasion of the privacy of the detainees themselves to have these photographs come out... (and that the publication could also) fan the flames around the world and cause potentially further violence", "John Bellinger"),
    # ml-M0077 (check3): two pairs of marks back to back ("...," "...") are two quotes
    Q("ml-M0077", "Up to now, a lot of allegations and evidence has been floating around about authorization up the chain of command of abusive techniques,", "Marc Garlasco"),
    Q("ml-M0077", "MPs on trial tried to raise this in their defense and got nowhere. For the first time, we have been provided clear information on the scope of authorization of abusive techniques, and it points directly to officers in charge and the Pentagon.", "Marc Garlasco"),
    Q("ml-M0077", "Soldiers were told that the Geneva Conventions did not apply, and that interrogators could use abusive techniques to get detainees to talk.", "John Sifton"),
    Q("ml-M0077", "DoD policy has and always will be the humane treatment of detainees in its custody.", "Mark Ballesteros"),
    Q("ml-M0077", "In the current situation of long occupations in Iraq and Afghanistan with troop rotation, there is no reason an independent prosecutor can't deal with abuse allegations,", "Marc Garlasco"),
    Q("ml-M0077", "It would make a difference if the E-3 (private first class) in the field saw some senior officers or flags that had authorized abuse being tried in courts-martial instead of promoted.", "Marc Garlasco"),
    # ml-M0080 (check3): "very small" (Sarkozy) has 2 words; "specially reserved area" (3 words, unattributed) is
    # taken as the wording of the source (Air France's communiqué), a short partial quote, so it is not a not_quote
    Q("ml-M0080", "We have received no news from flight AF447,", "Air France"),
    # ml-M0085 (check3): "the president" is Nicolas Sarkozy
    Q("ml-M0085", "We want to try to reach the last point where the aircraft made contact, which is about 1,200km [745 miles] north-east of Natal [located in Brazil],", "Jorge Amaral"),
    Q("ml-M0085", "This is a catastrophe the likes of which Air France has never seen before. I said the truth to them: the prospects of finding survivors are very low,", "Nicolas Sarkozy"),
    Q("ml-M0085", "crossed through a thunderous zone with strong turbulence", "Air France"),
    # ml-M0087 (check3)
    Q("ml-M0087", "We can say there is a little less uncertainty, so there is a little more optimism,", "Paul-Lois Arslanian"),
    Q("ml-M0087", "it is premature for the time being to say what happened.", "Paul-Lois Arslanian"),
    Q("ml-M0087", "typically, if you see intact bodies and multiple fractures — arm, leg, hip fractures — it's a good indicator of a midflight break up. Especially if you're seeing large pieces of aircraft as well.", "Frank Ciacco"),
    # ml-M0088 (check3): the unnamed Air Comet pilot (quoted by El Mundo) and the unnamed Brazilian officials are null;
    # "false" (a bomb threat that turned out to be "false") is a scare quote, a not_quote; "hasty interpretation or
    # speculation" (the BEA) has 4 words
    Q("ml-M0088", "an intense burst of white light", None),
    Q("ml-M0088", "Everyone has doubts about everything at the moment and we do not have the slightest beginnings of an answer yet.", "Christophe Prazuck"),
    Q("ml-M0088", "2,000 or 3,000 metres [6,500 to 9,800 feet] in that area of the ocean.", None),
    # ml-M0090 (check3)
    Q("ml-M0090", "You have shown us the unifying power of sport,", "Jacques Rogge"),
    Q("ml-M0090", "The world learned about China — and China learned about the world,", "Jacques Rogge"),
    Q("ml-M0090", "And now, in accordance with tradition, I declare the Games of the XXIX Olympiad closed, and I call upon the youth of the world to assemble four years from now in London to celebrate the Games of the XXX Olympiad.", "Jacques Rogge"),
    # ml-M0091 (check3): "Bird's Nest" (a nickname) and "Fou" (an instrument's name) are not_quotes; the chanted saying
    # is Confucius' words, or null for the unnamed percussionists who chanted it
    Q("ml-M0091", "How Happy We Are, To Meet Friends From Afar", ["Confucius", None]),
    # ml-M0093 (check3): the chanted slogan "Shame on China" is a not_quote; 'pro-Tibet independence' nested inside the
    # Beijing Organizing Committee's quote is not listed apart (as in check2)
    Q("ml-M0093", "a disproportionate concentration of people in and around the start of the relay.", "Gavin Newsom"),
    Q("ml-M0093", "I think it's cowardly. If they can't run the torch through the city, it means that no one is supporting the games.", "Matt Helmenstine"),
    Q("ml-M0093", "This is a once-in-a-lifetime thing for us to see the torch,", "Nancy Chan"),
    Q("ml-M0093", "There is a lot of politics around it, but that is the great thing about America - the free speech.", "Nancy Chan"),
    Q("ml-M0093", "I'm proud to be Chinese, but I don't like what's happening in Tibet,", "Xiao Tan"),
    Q("ml-M0093", "We are trying to accomplish two goals here. One is to protect the right to free speech and the other is to ensure public safety, and here in San Francisco we are good at both of those things,", "Nathan Ballard"),
    Q("ml-M0093", "I am saddened that such a beautiful symbol of the torch, which unites people of different religions, different ethnic origin, different political systems, cultures and languages, has been attacked,", "Jacques Rogge"),
    Q("ml-M0093", "We strongly condemn the actions of the few 'pro-Tibet independence' activists who have attempted to sabotage the Olympic Torch Relay. The Olympic flame belongs to the world and these actions are a serious violation of the Olympic spirit. They are bound to fail and will surely arouse the resentment of peace-loving people who support the Olympic Games.", "Beijing Organizing Committee"),

]

NOT_QUOTES = [
    N("wn20-052", "Radio Control Law"),
    N("wn19-073", "Is this person a citizen of the United States?"),
    N("wn19-097", "Custodian of the Federal Government."),
    N("wn20-049", "Super Tuesday"),
    N("wn20-071", "celeron55"),
    N("wn20-071", "minimal development test"),
    N("wn20-071", "dream team"),
    N("wn19-101", "British exit"),
    N("wn20-098", "king of coal"),
    N("wn19-143", "Operation Peace Spring"),
    N("wn20-115", "green tape"),
    # check2
    N("ml-M0014", "narrative of events"),
    N("ml-M0014", "Fiona"),
    N("ml-M0014", "Pauline"),
    N("ml-M0014", "Yorkshire lass"),
    N("ml-M0056", "El Rey del Cochayuyo"),
    N("ml-M0056", "best surfing spots"),
    N("ml-M0056", "last weekend in the summer;"),
    N("ml-M0056", "El Gordo"),
    N("ml-M0056", "The Fat one"),
    N("ml-M0056", "tourism revival campaign"),
    N("ml-M0056", "el Rey del Cochayuyo"),
    N("ml-M0056", "the King of the Cochayuyo"),
    N("ml-M0056", "El cochayuyo es una mina repleta de nutrientes y sales minerales"),
    N("ml-M0056", "Cochayuyo is a mine full of nutrients and mineral salts"),
    # check3: listed exhaustively (every quoted span that is not speech or writing, any length, not nested in a quote)
    N("ml-M0074", "Dateline"),
    N("ml-M0088", "false"),
    N("ml-M0091", "Bird's Nest"),
    N("ml-M0091", "Fou"),
    N("ml-M0093", "Shame on China"),
]

ENTITIES = [
    E("Donald Trump", "PERSON", "the United States President Donald Trump", "US President Donald Trump", "United States President Donald Trump", "President Donald Trump", "Donald Trump", "President Trump", "Trump"),
    E("Mike Pence", "PERSON", "Mike Pence", "Pence"),
    E("Nancy Pelosi", "PERSON", "Nancy Pelosi", "Pelosi"),
    E("Chuck Schumer", "PERSON", "Chuck Schumer", "Schumer"),
    E("Dick Durbin", "PERSON", "Senate Minority Whip Dick Durbin", "Dick Durbin", "Durbin"),
    E("Manohar Parrikar", "PERSON", "Chief Minister Manohar Parrikar", "Manohar Parrikar", "Parrikar", "Manohar"),
    E("Jamel Msallem", "PERSON", "Jamel Msallem", "Msallem"),
    E("Samir Dilou", "PERSON", "Samir Dilou", "Dilou"),
    E("Souhail Alouini", "PERSON", "Souhail Alouini", "Alouini"),
    E("Boris Johnson", "PERSON", "Prime Minister Boris Johnson", "Boris Johnson", "Prime Minister Johnson", "Johnson"),
    E("Jeremy Corbyn", "PERSON", "Jeremy Corbyn", "Corbyn"),
    E("John Bercow", "PERSON", "House of Commons Speaker John Bercow", "John Bercow", "Bercow"),
    E("Yvette Cooper", "PERSON", "Yvette Cooper", "Cooper"),
    E("Philip Hammond", "PERSON", "Philip Hammond", "Hammond"),
    E("Morgan Ortagus", "PERSON", "Morgan Ortagus", "Ortagus"),
    E("Foreign Ministry of Iraq", "ORGANIZATION", "The Foreign Ministry of Iraq", "Foreign Ministry of Iraq"),
    E("Oleksiy Honcharuk", "PERSON", "Prime Minister Oleksiy Honcharuk", "Oleksiy Honcharuk", "Honcharuk"),
    E("Volodymyr Zelensky", "PERSON", "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "Zelensky"),
    E("Tim Manning", "PERSON", "Tim Manning", "Manning"),
    E("Republic Act No. 3846", "LAW", "Republic Act No. 3846"),
    E("Maha Vajiralongkorn", "PERSON", "King Maha Vajiralongkorn", "Maha Vajiralongkorn", "Vajiralongkorn"),
    E("Thai Raksa Chart Party", "ORGANIZATION", "Thailand's Thai Raksa Chart Party", "Thai Raksa Chart Party", "Thai Raksa Chart party"),
    E("Ubolratana Mahidol", "PERSON", "Princess Ubolratana Mahidol", "Ubolratana Mahidol", "Princess Ubolratana", "Ubolratana"),
    E("Recep Tayyip Erdoğan", "PERSON", "Turkish President Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan", "President Erdogan", "Turkish president Erdoğan", "Erdogan", "Erdoğan"),
    E("George Katrougalos", "PERSON", "Greek Foreign Minister George Katrougalos", "George Katrougalos", "Katrougalos"),
    E("United States Commission on International Religious Freedom", "ORGANIZATION", "United States Commission on International Religious Freedom", "USCIRF"),
    E("Adam Kokesh", "PERSON", "Adam Kokesh", "Kokesh"),
    E("Sameh Shoukry", "PERSON", "Egyptian foreign minister Sameh Shoukry", "Sameh Shoukry", "Shoukry"),
    E("Nikos Dendias", "PERSON", "Nikos Dendias", "Dendias"),
    E("Nikos Christodoulides", "PERSON", "Nikos Christodoulides", "Christodoulides"),
    E("Jean-Yves Le Drian", "PERSON", "Jean-Yves Le Drian", "Le Drian"),
    E("Turkish Ministry of Foreign Affairs", "ORGANIZATION", "Turkish Ministry of Foreign Affairs"),
    E("Kyriakos Mitsotakis", "PERSON", "Greek prime minister Kyriakos Mitsotakis", "Kyriakos Mitsotakis", "Mitsotakis"),
    E("Alberto Fernández", "PERSON", "President of Argentina Alberto Fernández", "Alberto Fernández", "President Fernández", "Fernández"),
    E("Mariela Belski", "PERSON", "Mariela Belski", "Belski"),
    E("Jorge Eduardo Scheinig", "PERSON", "archbishop Monsenor Jorge Eduardo Scheinig", "Monsenor Jorge Eduardo Scheinig", "Jorge Eduardo Scheinig", "Scheinig"),
    E("Elizabeth Warren", "PERSON", "Elizabeth Warren", "Warren"),
    E("Joe Biden", "PERSON", "Joe Biden", "Biden"),
    E("Perttu Ahola", "PERSON", "Perttu Ahola", "Ahola"),
    E("John Bolton", "PERSON", "national security advisor John R. Bolton", "John R. Bolton", "John Bolton", "Bolton"),
    E("Mike Pompeo", "PERSON", "Mike Pompeo", "Pompeo"),
    E("Court of Session", "ORGANIZATION", "the Court of Session in Scotland", "The Court of Session", "Court of Session", "The three-judge court", "the court"),
    E("Colin Sutherland", "PERSON", "Colin Sutherland", "Lord Carloway", "Colin Sutherland, Lord Carloway"),
    E("Nicola Sturgeon", "PERSON", "First Minister of Scotland Nicola Sturgeon", "Nicola Sturgeon", "Sturgeon"),
    E("Joanna Cherry", "PERSON", "Joanna Cherry", "Cherry"),
    E("Hassan Rouhani", "PERSON", "President Hassan Rouhani", "Hassan Rouhani", "Rouhani"),
    E("Interpol", "ORGANIZATION", "Interpol"),
    E("Supreme Court of the United Kingdom", "ORGANIZATION", "the Supreme Court of the United Kingdom", "Supreme Court of the United Kingdom", "The Supreme Court", "Supreme Court"),
    E("High Court of England and Wales", "ORGANIZATION", "The High Court of England and Wales", "High Court of England and Wales"),
    E("Syrian Democratic Forces", "ORGANIZATION", "the Kurdish-led Syrian Democratic Forces", "the Syrian Democratic Forces", "Syrian Democratic Forces", "SDF"),
    E("Kino Gabriel", "PERSON", "Kino Gabriel", "Gabriel"),
    E("Nikki Haley", "PERSON", "Former US Ambassador to the United Nations Nikki Haley", "Nikki Haley", "Haley"),
    E("Brett McGurk", "PERSON", "Brett McGurk", "McGurk"),
    E("Lindsey Graham", "PERSON", "Senator Lindsey Graham", "Lindsey Graham", "Graham"),
    E("Anne Sacoolas", "PERSON", "Anne Sacoolas", "Sacoolas"),
    E("United States Department of State", "ORGANIZATION", "United States Department of State", "The State Department", "State Department"),
    E("Charlotte Charles", "PERSON", "Charlotte Charles", "Charles"),
    E("Jens Stoltenberg", "PERSON", "NATO Secretary-General Jens Stoltenberg", "Jens Stoltenberg", "Stoltenberg"),
    E("Emily W. Murphy", "PERSON", "United States General Services Administration administrator Emily W. Murphy", "Emily W. Murphy", "Murphy"),
    E("Liberal Democrats", "ORGANIZATION", "Liberal Democrats"),
    E("Michael Flynn", "PERSON", "retired general Michael Flynn", "Michael Flynn", "Flynn"),
    E("Lisa Parry", "PERSON", "Lisa Parry"),
    E("Sheldon Yett", "PERSON", "Sheldon Yett", "Yett"),
    E("government of Samoa", "ORGANIZATION", "the government of Samoa", "government of Samoa"),
    E("Tuilaepa Sailele Malielegaoi", "PERSON", "Samoan Prime Minister Tuilaepa Sailele Malielegaoi", "Tuilaepa Sailele Malielegaoi", "Prime Minister Tuilaepa", "Tuilaepa"),
    E("Keni Lesa", "PERSON", "Samoa Observer editor Keni Lesa", "Keni Lesa", "Lesa"),
    E("Brian Hook", "PERSON", "US Special Representative for Iran Brian Hook", "Brian Hook", "Hook"),
    E("Narendra Modi", "PERSON", "Current Prime Minister of India Narendra Modi", "Prime Minister of India Narendra Modi", "Narendra Modi", "Modi"),
    E("Vijay Goel", "PERSON", "Vijay Goel", "Goel"),
    E("Sharmistha Mukherjee", "PERSON", "Sharmistha Mukherjee"),
    E("William Mohr", "PERSON", "Michigan Taxpayers Party chairman William Mohr", "William Mohr", "Mohr"),
    # check2
    E("Ian Blair", "PERSON", "London Metropolitan Police commissioner Sir Ian Blair", "Sir Ian Blair", "Ian Blair", "Blair"),
    E("Rachel North", "PERSON", "Rachel North", "Ms North", "North"),
    E("Fiona", "PERSON", "Fiona"),
    E("Pauline", "PERSON", "Pauline"),
    E("Saba Mozakka", "PERSON", "Saba Mozakka"),
    E("Marie Fatayi-Williams", "PERSON", "Marie Fatayi-Williams", "Fatayi-Williams"),
    E("Michael Astill", "PERSON", "Sir Michael Astill", "Michael Astill", "judge Astill", "Astill"),
    E("Lawrence Greenspon", "PERSON", "Lawrence Greenspon", "Greenspon"),
    E("Corinne Druey", "PERSON", "team spokesperson Corinne Druey", "Corinne Druey", "Druey"),
    E("Astana Team", "ORGANIZATION", "Astana Team", "Astana Cycling Team", "Astana"),
    E("Marc Biver", "PERSON", "Astana manager Marc Biver", "Marc Biver", "Biver"),
    E("Pat McQuaid", "PERSON", "Pat McQuaid", "McQuaid"),
    E("David Millar", "PERSON", "David Millar", "Millar"),
    E("Christian Prudhomme", "PERSON", "Tour director Christian Prudhomme", "Christian Prudhomme", "Prudhomme"),
    E("Michael Rasmussen", "PERSON", "Michael Rasmussen", "Rasmussen"),
    E("Ministry of Civil Defense", "ORGANIZATION", "The Ministry of Civil Defense", "Ministry of Civil Defense"),
    E("Diego Grez", "PERSON", "Diego Grez", "Grez"),
    E("El Rancagüino", "ORGANIZATION", "El Rancagüino"),
    E("El Morrocotudo", "ORGANIZATION", "El Morrocotudo"),
    E("Tania Arce", "PERSON", "journalist Tania Arce", "Tania Arce", "Arce"),
    E("José Arévalo", "PERSON", "Policeman José Arévalo", "José Arévalo", "Arévalo"),
    E("El Rancahuaso", "ORGANIZATION", "El Rancahuaso"),
    E("Roberto Córdova Carreño", "PERSON", "Roberto Córdova Carreño", "Mayor of Pichilemu Roberto Córdova", "Mayor Roberto Córdova", "Roberto Córdova", "Mayor Córdova", "Córdova"),
    E("Edith Larraín", "PERSON", "Edith Larraín", "Larraín"),
    E("Julio Ibarra", "PERSON", "the Governor of Cardenal Caro Julio Ibarra", "Governor of Cardenal Caro Julio Ibarra", "Julio Ibarra", "Governor Ibarra", "Ibarra"),
    E("Alejandro Mella", "PERSON", "merchant Alejandro Mella", "Alejandro Mella", "Mr. Mella", "Mella"),
    E("Daniela Banda Sandoval", "PERSON", "Daniela Banda Sandoval"),
    E("Agustín Toro Reyes", "PERSON", "Agustín Toro Reyes"),
    E("Ro Fernandez", "PERSON", "Ro Fernandez"),
    E("Pacific Tsunami Warning Center", "ORGANIZATION", "the US Pacific Tsunami Warning Center", "US Pacific Tsunami Warning Center", "Pacific Tsunami Warning Center"),
    E("Dale Grant", "PERSON", "USGS analyst Dale Grant", "Dale Grant", "Grant"),
    E("Henry Bahn", "PERSON", "Henry Bahn", "Bahn"),
    E("Mike Blanpied", "PERSON", "The USGS's Mike Blanpied", "Mike Blanpied", "Blanpied"),
    E("P. J. Crowley", "PERSON", "State Department spokesman P. J. Crowley", "P. J. Crowley", "Crowley"),
    E("Stephanie Bunker", "PERSON", "United Nations spokeswoman Stephanie Bunker", "Stephanie Bunker", "Bunker"),
    E("Raymond Joseph", "PERSON", "the Haitian ambassador to the US, Raymond Joseph", "The Haitian ambassador to the United States, Raymond Joseph", "Raymond Joseph"),
    E("Hillary Clinton", "PERSON", "US Secretary of State Hillary Clinton", "Hillary Clinton"),
    E("Alain Le Roy", "PERSON", "UN peacekeeping chief Alain Le Roy", "UN Peacekeeping Chief Alain LeRoy", "Alain Le Roy", "Alain LeRoy", "Le Roy", "LeRoy"),
    E("Bernard Kouchner", "PERSON", "French Foreign Minister Bernard Kouchner", "Bernard Kouchner", "Kouchner"),
    E("United Nations", "ORGANIZATION", "the UN", "UN", "United Nations"),
    E("Paul Conneally", "PERSON", "Paul Conneally", "Conneally"),
    E("Raphaelle Chenet", "PERSON", "Raphaelle Chenet", "Chenet"),
    E("Efstathios Daras", "PERSON", "Efstathios Daras", "Daras"),
    E("Joseph Guyler Delva", "PERSON", "Joseph Guyler Delva", "Delva"),
    E("Rachmani Domersant", "PERSON", "Rachmani Domersant", "Domersant"),
    E("René Préval", "PERSON", "the president, René Préval", "René Préval", "President Rene Preval", "Rene Preval", "Préval", "Preval"),
    E("Charles Vincent", "PERSON", "Charles Vincent", "Vincent"),
    E("Ban Ki-moon", "PERSON", "UN General Secretary Ban Ki-moon", "Ban Ki-moon", "Ban"),
    E("American Red Cross", "ORGANIZATION", "The American Red Cross", "American Red Cross"),
    E("Anthony Banbury", "PERSON", "Anthony Banbury", "Banbury"),
    E("Mario Andresol", "PERSON", "The Haitian national police chief, Mario Andresol", "Mario Andresol", "Andresol"),
    E("Omen Cola", "PERSON", "Omen Cola", "Cola"),
    E("Roshan Khadivi", "PERSON", "UNICEF press official Roshan Khadivi", "Roshan Khadivi", "Khadivi"),
    E("Edmond Mulet", "PERSON", "Edmond Mulet", "Mulet"),
    E("Bruce Ewing", "PERSON", "Lieutenant Colonel Bruce Ewing", "Bruce Ewing", "Ewing"),
    E("Jean-Max Bellerive", "PERSON", "Haitian Prime Minister Jean-Max Bellerive", "Jean-Max Bellerive", "Bellerive"),
    # check3
    E("Kevin Aandahl", "PERSON", "US Transportation Command spokesman Capt Kevin Aandahl", "Capt Kevin Aandahl", "Kevin Aandahl", "Aandahl"),
    E("Charlie Crist", "PERSON", "Floridian governor Charlie Crist", "Charlie Crist", "Crist"),
    E("Green", "PERSON", "Doctor Green", "Green"),
    E("Laura Silsby", "PERSON", "Laura Silsby", "Silsby"),
    E("Yves Christallin", "PERSON", "Social Affairs minister, Yves Christallin", "Yves Christallin", "Christallin"),
    E("Kent Page", "PERSON", "Kent Page", "Page"),
    E("New Life Children's Refuge", "ORGANIZATION", "the two-month-old New Life Children's Refuge charity", "New Life Children's Refuge", "NCLR", "NLCR"),
    E("Bryan Whitman", "PERSON", "Pentagon spokesperson Bryan Whitman", "Bryan Whitman", "Whitman"),
    E("Saleh al-Humaidi", "PERSON", "Saleh al-Humaidi", "al-Humaidi"),
    E("Donald Rumsfeld", "PERSON", "U.S. Secretary of Defense Donald Rumsfeld", "Donald Rumsfeld", "Mr Rumsfeld", "Rumsfeld"),
    E("Washington Post", "ORGANIZATION", "The Washington Post", "Washington Post"),
    E("Salon", "ORGANIZATION", "The U.S. internet news site Salon", "Salon"),
    E("John Bellinger", "PERSON", "John Bellinger", "Bellinger"),
    E("Marc Garlasco", "PERSON", "Marc Garlasco", "Garlasco"),
    E("John Sifton", "PERSON", "John Sifton", "Sifton"),
    E("Mark Ballesteros", "PERSON", "Lt. Col. Mark Ballesteros", "Mark Ballesteros", "Ballesteros"),
    E("Air France", "ORGANIZATION", "Air France"),
    E("Jorge Amaral", "PERSON", "Colonel Jorge Amaral", "Jorge Amaral", "Amaral"),
    E("Nicolas Sarkozy", "PERSON", "French president Nicolas Sarkozy", "French President Sarkozy", "Nicolas Sarkozy", "Sarkozy"),
    E("Paul-Lois Arslanian", "PERSON", "Paul-Lois Arslanian", "Arslanian"),
    E("Frank Ciacco", "PERSON", "Frank Ciacco", "Ciacco"),
    E("Christophe Prazuck", "PERSON", "French armed forces spokesman Christophe Prazuck", "Christophe Prazuck", "Prazuck"),
    E("Jacques Rogge", "PERSON", "International Olympic Committee President Jacques Rogge", "Jacques Rogge", "Rogge"),
    E("Confucius", "PERSON", "Confucius"),
    E("Gavin Newsom", "PERSON", "San Francisco Mayor Gavin Newsom", "Gavin Newsom", "Newsom"),
    E("Matt Helmenstine", "PERSON", "Matt Helmenstine", "Helmenstine"),
    E("Nancy Chan", "PERSON", "Nancy Chan", "Chan"),
    E("Xiao Tan", "PERSON", "Xiao Tan", "Tan"),
    E("Nathan Ballard", "PERSON", "Nathan Ballard", "Ballard"),
    E("Beijing Organizing Committee", "ORGANIZATION", "The Beijing Organizing Committee", "Beijing Organizing Committee"),
]

def norm(s):
    s = re.sub("[\u201c\u201d\u201e\u2033]", '"', s)
    s = re.sub("[\u2018\u2019\u2032]", "'", s)
    return re.sub(r"\s+", " ", s).strip()

split = {}
for line in open("split.tsv", encoding="utf-8").read().splitlines()[1:]:
    doc, part = line.split("\t")[:2]
    split[doc] = part
texts = {d: norm(open(f"texts/{d}.txt", encoding="utf-8").read()) for d in split}
for item in QUOTES + NOT_QUOTES:
    assert norm(item["snippet"]) in texts[item["doc"]], item
for part in ("dev", "check", "dev2", "dev3", "dev4", "check2", "check3"):
    docs = sorted(d for d in split if split[d] == part)
    quotes = [q for q in QUOTES if split[q["doc"]] == part]
    names = set()
    for q in quotes:
        for s in (q["speaker"] if isinstance(q["speaker"], list) else [q["speaker"]]):
            if s:
                names.add(s)
    gold = {"corpus": "wikinews-quotes-" + part, "docs": docs, "quotes": quotes,
            "not_quotes": [n for n in NOT_QUOTES if split[n["doc"]] == part],
            "entities": [dict(e) for e in ENTITIES if e["name"] in names]}
    for e in gold["entities"]:
        e["surfaces"] = [s for s in e["surfaces"] if any(norm(s) in texts[d] for d in docs)]
    with open(f"{part}.gold.json", "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(part, len(docs), "docs", len(quotes), "quotes", len(gold["not_quotes"]), "not_quotes", len(gold["entities"]), "entities")
