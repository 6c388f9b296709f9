// The checker on sentences of our own, written for these tests and never used to tune it: each
// mechanism (start, end and span dates, references, surnames, described events, recorded and rejected
// attributes, titles, quoted terms) against the curated knowledge base in data/.
import { afterAll, describe, expect, it } from "vitest";
import { check } from "../src/check/check.js";
import { curatedStore } from "./helpers.js";

const store = curatedStore();
afterAll(() => store.close());

/** The claims about `subject` (and `p`, if given): [p, object, verdict, expected]. */
const about = (text: string, subject: string, p?: string) =>
  check(store, text).claims.filter((c) => c.subject.id === subject && (!p || c.p === p)).map((c) => [c.p, c.object?.id ?? null, c.verdict, c.expected]);
const mentions = (text: string) => check(store, text).mentions.map((m) => [m.text, m.entity.id, m.via]);

describe("dates at the start, at the end, or spanning", () => {
  it("compares a date said to begin a relation with its start", () => {
    expect(about("Japan joined the United Nations in 1956.", "japan", "member-of")).toEqual([["member-of", "united-nations", "supported", null]]);
    expect(about("Japan joined the United Nations in 1960.", "japan", "member-of")).toEqual([["member-of", "united-nations", "contradicted", "1956-12-18/.."]]);
  });

  it("compares a date said to end something with its end", () => {
    expect(about("The Anti-Terrorism Special Measures Law ended in 2010.", "anti-terrorism-special-measures-law")).toEqual([["in-effect", null, "contradicted", "2001-11-02/2007-11-01"]]);
    expect(about("The Anti-Terrorism Special Measures Law expired in 2007.", "anti-terrorism-special-measures-law")).toEqual([["in-effect", null, "supported", null]]);
  });

  it("gives an end word to the date nearest it, and lets a span still running reach the present", () => {
    expect(about("Japan has been allied with the United States from 1952 until the present day.", "japan", "alliance").map(([, , v]) => v)).toEqual(["supported"]);
    expect(about("The alliance between Japan and the United States ended in 1990.", "japan", "alliance")).toEqual([["alliance", "united-states", "contradicted", "1952-04-28/1960-06-23, 1960-06-23/.."]]);
  });

  it("reads a range written after a name as the whole span", () => {
    expect(about("The Pacific War (1941–1945) devastated Asia.", "pacific-war")).toEqual([["occurred", null, "supported", null]]);
    expect(about("The Pacific War (1939–1945) devastated Asia.", "pacific-war")).toEqual([["occurred", null, "contradicted", "1941-12-07/1945-09-02"]]);
  });

  it("dates a treaty's entry into force apart from its signature", () => {
    expect(about("The San Francisco Peace Treaty came into force in 1951.", "treaty-of-san-francisco", "in-force")).toEqual([["in-force", null, "contradicted", "1952-04-28/.."]]);
    expect(about("The San Francisco Peace Treaty came into force in 1952.", "treaty-of-san-francisco", "in-force")).toEqual([["in-force", null, "supported", null]]);
  });

  it("does not date the start of a relation by a span that merely continues it", () => {
    expect(about("Japan and the United States formed their alliance in 1960.", "japan", "alliance")).toEqual([["alliance", "united-states", "contradicted", "1952-04-28/1960-06-23, 1960-06-23/.."]]);
    expect(about("Japan and the United States formed their alliance in 1952.", "japan", "alliance")).toEqual([["alliance", "united-states", "supported", null]]);
  });
});

describe("mentions by reference, surname, quotation and case", () => {
  it("resolves 'the treaty' and 'It' to what the previous sentences named", () => {
    const text = "The Treaty of Kanagawa was signed in 1854. The treaty opened two ports to American ships. It was followed by the Harris Treaty.";
    expect(mentions(text).filter(([, , via]) => via === "reference")).toEqual([["treaty", "convention-of-kanagawa", "reference"], ["It", "convention-of-kanagawa", "reference"]]);
  });

  it("takes 'this alliance' for the two states of the sentence before, and never contradicts through a reference", () => {
    const text = "Australia and Japan deepened their defence ties. This alliance now shapes regional planning.";
    expect(about(text, "japan", "alliance").map(([p, o, v]) => [p, o, v])).not.toContainEqual(["alliance", "australia", "contradicted"]);
    const us = "The United States is Japan's closest partner. This alliance anchors Tokyo's security.";
    expect(about(us, "japan", "alliance")).toEqual([["alliance", "united-states", "supported", null]]);
    // A relationship "with" someone names its other end itself.
    expect(mentions("Japan and Korea met. The relationship with China is tense.").filter(([, , via]) => via === "reference")).toEqual([]);
  });

  it("links a surname alone after the full name or a title, and checks a titled person's office", () => {
    expect(mentions("Toshiki Kaifu toured South Asia in 1990. Kaifu spoke in New Delhi.")).toContainEqual(["Kaifu", "toshiki-kaifu", "surname"]);
    expect(about("Prime Minister Hatoyama met Dmitry Medvedev in September 2009.", "yukio-hatoyama", "holds-office")).toEqual([["holds-office", "japan", "supported", null]]);
    // "Former" says the office is over: no contradiction from the date.
    expect(about("Former Prime Minister Hatoyama visited China in 2013.", "yukio-hatoyama", "holds-office")).toEqual([]);
    // A surname no one was named by, without a title, stays unlinked.
    expect(mentions("Kaifu spoke in New Delhi.").map(([t]) => t)).not.toContain("Kaifu");
  });

  it("links a term in quotes and a name whose later words are capitalised, and not America inside Latin America", () => {
    expect(about('Japan\'s policy of "sakoku" ended in 1854.', "sakoku")).toEqual([["in-effect", null, "supported", null]]);
    expect(mentions("Japan signed trade deals across Latin America, and south Korea objected.")).toEqual([["Japan", "japan", "name"], ["south Korea", "south-korea", "name"]]);
  });
});

describe("described events and recorded attributes", () => {
  it("finds an event from its participants and a form of its name's words, on a fitting date", () => {
    // Two of the words of its name ("boat", "collision") and a date to the month: one word and a year would be too little.
    const text = "A Chinese fishing boat collided with Japanese coast guard vessels in September 2010.";
    expect(about(text, "senkaku-boat-collision-incident-2010", "occurred")).toEqual([["occurred", null, "supported", null]]);
    // On a date that does not fit, the event is not claimed (described events only ever support).
    expect(about(text.replace("2010", "2012"), "senkaku-boat-collision-incident-2010")).toEqual([]);
  });

  it("supports a dated stop named beside its date, and contradicts a value the knowledge base rejects", () => {
    const acapulco = check(store, "The Keichō embassy reached Acapulco on 25 January 1614.").claims.filter((c) => c.p === "attribute");
    expect(acapulco.map((c) => [c.subject.id, c.verdict, c.time?.edtf])).toEqual([["keicho-embassy-1613", "supported", "1614-01-25"]]);
    const ordained = about("The Tenshō embassy's four envoys were all ordained by Valignano as the first Japanese Jesuit priests.", "tensho-embassy-1582", "attribute");
    expect(ordained).toEqual([["attribute", null, "contradicted", "three of the four became priests; Chijiwa Miguel left the Society of Jesus"]]);
  });

  it("reads a rank written as an ordinal", () => {
    const ranks = check(store, "In 2021 Japan was the world's third-largest economy.").claims.filter((c) => c.p === "attribute");
    expect(ranks.map((c) => [c.subject.id, c.verdict, c.reason])).toEqual([["japan", "supported", "the knowledge base records world rank of the economy by nominal GDP: 3"]]);
  });

  it("stays silent on a sentence about the same entities that restates nothing recorded", () => {
    expect(check(store, "The Keichō embassy was greeted with music in a small village.").claims.filter((c) => c.p === "attribute")).toEqual([]);
  });
});
