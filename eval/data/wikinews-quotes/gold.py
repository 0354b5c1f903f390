#!/usr/bin/env python3
"""Writes dev.gold.json and check.gold.json from the annotations below (made by reading texts/, see README.md), and
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
for part in ("dev", "check", "dev2", "dev3", "dev4"):
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
