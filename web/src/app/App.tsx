import { lazy, Suspense, useEffect, useRef } from "react";
import { Link, NavProvider, useI18n, useNav } from "./location.js";
import { href, parseRoute, withParams } from "./route.js";
import { Loading } from "./feedback.js";
import { CitationProvider } from "../entity/citation.js";
import { MapPage } from "../map/MapPage.js";
import { SearchBox } from "../search/SearchBox.js";
import { NotFound } from "../pages/NotFound.js";
import { checkAsOf } from "./asof.js";
import { InvalidDate } from "./InvalidDate.js";
import { PageTools } from "./cite.js";

/** The address the server answered 404 (its shell's gaiko-status): shown as not found, not as a blank entity. */
const servedNotFound = document.querySelector('meta[name="gaiko-status"]')?.getAttribute("content") === "404" ? window.location.pathname : null;

// The network view loads only on /network, keeping the first page light.
const NetworkPage = lazy(() => import("../network/NetworkPage.js"));
// The votes page brings Observable Plot; the checker its own views: both load on first visit.
const VotesPage = lazy(() => import("../votes/VotesPage.js"));
const CheckPage = lazy(() => import("../check/CheckPage.js"));
const SearchPage = lazy(() => import("../search/SearchPage.js"));
const ListPage = lazy(() => import("../pages/ListPage.js"));
// So do the entity, source and timeline pages (issue 15: the home's JavaScript under 150 KB gzipped);
// the page an address opens on is asked for at once, beside the main chunk, not after the first render.
const pages = {
  entity: () => import("../entity/EntityPage.js").then((m) => ({ default: m.EntityPage })),
  source: () => import("../entity/SourcePage.js").then((m) => ({ default: m.SourcePage })),
  timeline: () => import("../timeline/TimelinePage.js").then((m) => ({ default: m.TimelinePage })),
};
const opening = parseRoute(window.location.pathname).view;
if (Object.hasOwn(pages, opening)) void pages[opening as keyof typeof pages]();
const EntityPage = lazy(pages.entity);
const SourcePage = lazy(pages.source);
const TimelinePage = lazy(pages.timeline);

export function App() {
  return (
    <NavProvider>
      <CitationProvider>
        <Shell />
      </CitationProvider>
    </NavProvider>
  );
}

function Shell() {
  const { route, query, pathname } = useNav();
  const { t, lang } = useI18n();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // A new page: its title, and focus at the top of the content for screen-reader and keyboard users.
  const firstPath = useRef(pathname);
  useEffect(() => {
    const titles: Partial<Record<string, string>> = { map: t("map.title"), timeline: t("timeline.title"), network: t("network.title"), votes: t("votes.title"), check: t("check.title") };
    const title = titles[route.view];
    if (title) document.title = `${title} — gaiko 外交`;
    if (pathname !== firstPath.current) {
      firstPath.current = "";
      document.getElementById("main")?.focus({ preventScroll: true });
    }
  }, [pathname]); // eslint-disable-line react-hooks/exhaustive-deps
  const current = (view: string) => (route.view === view ? "page" : undefined);
  return (
    <>
      <a className="skip" href="#main">
        {t("app.skip")}
      </a>
      <header className="top">
        <Link className="brand" href={href({ view: "map" }, {}, query)}>
          gaiko <span lang="ja">外交</span>
        </Link>
        <nav aria-label={t("nav.main")}>
          <Link href={href({ view: "map" }, {}, query)} aria-current={current("map")}>
            {t("nav.map")}
          </Link>
          <Link href={href({ view: "timeline" }, {}, query)} aria-current={current("timeline")}>
            {t("nav.timeline")}
          </Link>
          <Link href={href({ view: "network" }, {}, query)} aria-current={current("network")}>
            {t("nav.network")}
          </Link>
          <Link href={href({ view: "votes" }, {}, query)} aria-current={current("votes")}>
            {t("nav.votes")}
          </Link>
          <Link href={href({ view: "check" }, {}, query)} aria-current={current("check")}>
            {t("nav.check")}
          </Link>
          <Link href={href({ view: "list", kind: "agreements" }, {}, query)} aria-current={current("list")}>
            {lang === "ja" ? "一覧" : "Lists"}
          </Link>
        </nav>
        <SearchBox />
        <Link className="lang-toggle" href={withParams(pathname, query, { lang: lang === "ja" ? null : "ja" })} aria-label={`${t("lang.toggle")} — ${t("lang.toggleLabel")}`} lang={lang === "ja" ? "en" : "ja"}>
          {t("lang.toggle")}
        </Link>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Content />
        </Suspense>
      </main>
      <footer className="muted small">{t("app.tagline")}</footer>
    </>
  );
}

/** The view, unless the address's date is impossible or the server found nothing there. */
function Content() {
  const { route, query, pathname } = useNav();
  const date = checkAsOf(query.get("asOf"));
  if (date.state === "invalid") return <InvalidDate check={date} />;
  if (pathname === servedNotFound) return <NotFound path={pathname} />;
  return (
    <>
      {route.view === "entity" && <PageTools key={route.id} id={route.id} />}
      <View />
    </>
  );
}

function View() {
  const { route } = useNav();
  switch (route.view) {
    case "map":
      return <MapPage />;
    case "entity":
      return <EntityPage key={route.id} id={route.id} />;
    case "source":
      return <SourcePage key={route.id} id={route.id} />;
    case "timeline":
      return <TimelinePage />;
    case "network":
      return <NetworkPage />;
    case "votes":
      return <VotesPage />;
    case "check":
      return <CheckPage />;
    case "search":
      return <SearchPage />;
    case "list":
      return <ListPage kind={route.kind} />;
    case "not-found":
      return <NotFound path={route.path} />;
  }
}
