/**
 * What each numeric series in the `series` table measures, in what unit, and whether a value belongs to a
 * state, a pair of states (entity → partner) or an organisation. The importers (src/datasets) write the
 * numbers; this catalogue is how a reader is told what they are. A test fails when a built series has no
 * entry here.
 */
export interface SeriesMeta {
  title: string;
  unit: string;
  scope: "state" | "dyad" | "organization";
  description: string;
}

export const SERIES_CATALOG: Record<string, SeriesMeta> = {
  "sipri-military-expenditure": {
    title: "Military expenditure (SIPRI)", unit: "US$ (constant prices, as Our World in Data publishes SIPRI's figures)", scope: "state",
    description: "Military expenditure by state and year from the SIPRI Military Expenditure Database, via Our World in Data.",
  },
  "sipri-military-expenditure-share-gdp": {
    title: "Military expenditure as a share of GDP (SIPRI)", unit: "% of GDP", scope: "state",
    description: "Military expenditure as a percentage of gross domestic product, SIPRI via Our World in Data.",
  },
  "milex-share-gdp-long-run": {
    title: "Military expenditure as a share of GDP, long run", unit: "% of GDP", scope: "state",
    description: "Our World in Data's long-run military burden, calculated from NMC, COW and SIPRI (2017).",
  },
  "nmc-milex": {
    title: "Military expenditure (COW NMC)", unit: "thousands of current US$", scope: "state",
    description: "Military expenditure in the Correlates of War National Material Capabilities data (pounds sterling before 1914, converted by COW).",
  },
  "nmc-milper": {
    title: "Military personnel (COW NMC)", unit: "thousands of people", scope: "state",
    description: "Military personnel in the Correlates of War National Material Capabilities data.",
  },
  "nmc-tpop": {
    title: "Total population (COW NMC)", unit: "thousands of people", scope: "state",
    description: "Total population in the Correlates of War National Material Capabilities data.",
  },
  "nmc-cinc": {
    title: "Composite Index of National Capability (COW NMC)", unit: "share of the world's capability (0 to 1)", scope: "state",
    description: "Each state's share of the system's total of six capability measures (military, industrial, demographic).",
  },
  "armed-forces-personnel": {
    title: "Armed forces personnel (IISS via World Bank)", unit: "people", scope: "state",
    description: "Active armed forces personnel, IISS figures published by the World Bank, via Our World in Data.",
  },
  "armed-forces-share-population": {
    title: "Armed forces personnel as a share of the population (World Bank)", unit: "% of total population", scope: "state",
    description: "Armed forces personnel as a percentage of the total population, World Bank via Our World in Data.",
  },
  "cow-exports": {
    title: "Exports, national total (COW Trade)", unit: "millions of current US$", scope: "state",
    description: "A state's total exports by year, Correlates of War Trade v4.0 (to 2014).",
  },
  "cow-imports": {
    title: "Imports, national total (COW Trade)", unit: "millions of current US$", scope: "state",
    description: "A state's total imports by year, Correlates of War Trade v4.0 (to 2014).",
  },
  "shared-igos": {
    title: "Intergovernmental organisations shared with Japan (COW IGO)", unit: "organisations (count)", scope: "dyad",
    description: "How many intergovernmental organisations Japan and the partner both belonged to that year (COW IGO v3, dyad-years).",
  },
  "dipcon-representation": {
    title: "Diplomatic representation (DIPCON)", unit: "1 = the sender had a diplomatic representative in the host, 0 = none", scope: "dyad",
    description: "Directed representation, sender (entity) → host (partner), in five-yearly snapshots 1970–2010 (DIPCON 3.0).",
  },
  "unga-idealpoint": {
    title: "UN General Assembly ideal point", unit: "ideal point (one dimension; higher is closer to the United States' positions)", scope: "state",
    description: "A state's estimated position from its UN General Assembly votes each year (Bailey, Strezhnev and Voeten).",
  },
  "gdelt-goldstein": {
    title: "Mean Goldstein score of events (GDELT sample)", unit: "Goldstein scale (−10 hostile to +10 cooperative), mean", scope: "dyad",
    description: "The mean Goldstein score of coded events from Japan toward the partner in the vendored GDELT 1.0 sample.",
  },
  "un-peacekeeping-missions": {
    title: "UN peacekeeping missions", unit: "missions (count)", scope: "organization",
    description: "Active United Nations peacekeeping missions by year (United Nations Peacekeeping via Our World in Data).",
  },
  "un-peacekeeping-force": {
    title: "UN peacekeeping force, total", unit: "people", scope: "organization",
    description: "Total uniformed personnel in UN peacekeeping by year.",
  },
  "un-peacekeeping-troops": {
    title: "UN peacekeeping troops", unit: "people", scope: "organization",
    description: "Troops in UN peacekeeping by year.",
  },
  "un-peacekeeping-police": {
    title: "UN peacekeeping civilian police", unit: "people", scope: "organization",
    description: "Civilian police in UN peacekeeping by year.",
  },
  "un-peacekeeping-observers": {
    title: "UN peacekeeping military observers and staff officers", unit: "people", scope: "organization",
    description: "Military observers and staff officers in UN peacekeeping by year.",
  },
};
