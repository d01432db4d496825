"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";

type Suggestion = { title: string; path: string; type: string };

const DEBOUNCE_MS = 250;

/**
 * The search form with suggestions as the user types: a plain GET form to /tim-kiem/ (works
 * without JavaScript) enhanced into an ARIA combobox with a listbox popup (APG "list
 * autocomplete"): Down/Up move through the suggestions (aria-activedescendant, focus stays in
 * the input), Enter opens the chosen page or submits the form, Escape closes the list
 * (again: clears the input). Requests are debounced and a newer one aborts the older.
 */
export function SearchBox({ initial }: { initial: string }) {
  const router = useRouter();
  const id = useId();
  const listId = `${id}-goi-y`;
  const [value, setValue] = useState(initial);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [enhanced, setEnhanced] = useState(false);
  const pending = useRef<AbortController | null>(null);
  const typed = useRef(false);

  useEffect(() => setEnhanced(true), []);

  useEffect(() => {
    if (!typed.current) return;
    const q = value.trim();
    if (q.length < 2) {
      pending.current?.abort();
      setItems([]);
      setOpen(false);
      return;
    }
    const timer = window.setTimeout(async () => {
      pending.current?.abort();
      const controller = new AbortController();
      pending.current = controller;
      try {
        const response = await fetch(`/tim-kiem/goi-y/?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        const body = (await response.json()) as { items?: Suggestion[] };
        setItems(body.items ?? []);
        setActive(-1);
        setOpen(true);
      } catch {
        // aborted by a newer request, or offline: the form still submits
      }
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [value]);

  const expanded = open && items.length > 0;

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open) setOpen(true);
      if (items.length) setActive((index) => (index + 1) % items.length);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (items.length) setActive((index) => (index <= 0 ? items.length - 1 : index - 1));
    } else if (event.key === "Enter") {
      const chosen = expanded && active >= 0 ? items[active] : undefined;
      if (chosen) {
        event.preventDefault();
        setOpen(false);
        router.push(chosen.path);
      }
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value) {
        event.preventDefault();
        setValue("");
      }
    }
  }

  return (
    <form action="/tim-kiem/" method="get" role="search" className="search-form">
      <label htmlFor={`${id}-q`}>Từ cần tìm</label>
      <div className="combo">
        <input
          id={`${id}-q`}
          name="q"
          type="search"
          value={value}
          autoComplete="off"
          maxLength={200}
          onChange={(event) => {
            typed.current = true;
            setValue(event.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => window.setTimeout(() => setOpen(false), 150)}
          {...(enhanced
            ? {
                role: "combobox",
                "aria-autocomplete": "list" as const,
                "aria-expanded": expanded,
                "aria-controls": listId,
                "aria-activedescendant": expanded && active >= 0 ? `${listId}-${active}` : undefined,
              }
            : {})}
        />
        {enhanced ? (
          <ul id={listId} role="listbox" aria-label="Gợi ý" className="suggestions" hidden={!expanded}>
            {items.map((item, index) => (
              <li
                key={item.path}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => {
                  event.preventDefault();
                  setOpen(false);
                  router.push(item.path);
                }}
              >
                {item.title}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <button type="submit" className="button">
        Tìm
      </button>
      {enhanced ? (
        <p className="visually-hidden" aria-live="polite">
          {open && value.trim().length >= 2 ? (items.length ? `${items.length} gợi ý, dùng phím mũi tên để chọn` : "Không có gợi ý") : ""}
        </p>
      ) : null}
    </form>
  );
}
