import { createContext, useCallback, useContext, useEffect, useMemo, useState, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from "react";
import { parseRoute, type Route } from "./route.js";
import { message, nameIn, type Lang, type MessageKey } from "../i18n/dict.js";

/** The URL as the app's single source of state: route, query, and a way to move. */
interface Nav {
  route: Route;
  pathname: string;
  query: URLSearchParams;
  navigate: (url: string, options?: { replace?: boolean }) => void;
}

const NavContext = createContext<Nav | null>(null);

function read(): { pathname: string; search: string } {
  return { pathname: window.location.pathname, search: window.location.search };
}

export function NavProvider({ children }: { children: ReactNode }) {
  const [loc, setLoc] = useState(read);
  useEffect(() => {
    const onPop = () => setLoc(read());
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  const navigate = useCallback((url: string, options?: { replace?: boolean }) => {
    if (options?.replace) window.history.replaceState(null, "", url);
    else window.history.pushState(null, "", url);
    setLoc(read());
  }, []);
  const value = useMemo<Nav>(
    () => ({ route: parseRoute(loc.pathname), pathname: loc.pathname, query: new URLSearchParams(loc.search), navigate }),
    [loc, navigate],
  );
  return <NavContext.Provider value={value}>{children}</NavContext.Provider>;
}

export function useNav(): Nav {
  const nav = useContext(NavContext);
  if (!nav) throw new Error("useNav outside NavProvider");
  return nav;
}

/** A link that moves within the app without reloading (and still works as a plain link). */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { navigate } = useNav();
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
    window.scrollTo(0, 0);
  };
  return <a href={href} onClick={handle} {...rest} />;
}

/** The interface language (from ?lang=) and its helpers. */
export function useI18n(): { lang: Lang; t: (key: MessageKey, params?: Record<string, string | number>) => string; name: (n: { en: string; ja: string | null }) => string } {
  const { query } = useNav();
  const lang: Lang = query.get("lang") === "ja" ? "ja" : "en";
  return useMemo(
    () => ({ lang, t: (key: MessageKey, params?: Record<string, string | number>) => message(lang, key, params), name: (n: { en: string; ja: string | null }) => nameIn(lang, n) }),
    [lang],
  );
}
