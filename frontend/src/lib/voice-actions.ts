"use server";

import { headers } from "next/headers";

import { VoiceFollowDocument, VoiceReportDocument, VoiceSubmitDocument, VoiceWithdrawDocument } from "@/gql/graphql";
import type { CaseIdentityMode, CaseKind, ConsentPurpose, ConsentInput } from "@/gql/graphql";
import { type VoiceOutcome, voicePost } from "@/lib/voice";
import { CONSENT_REQUIRED, type FollowState, type FormState, groupErrors, textValues } from "@/lib/voice-form";

const KINDS = ["QUESTION", "GRIEVANCE", "OPINION"];
const MODES = ["ANONYMOUS", "PSEUDONYMOUS", "IDENTIFIED"];
const PURPOSES = ["HANDLE", "CONTACT", "REVEAL_IDENTITY", "PUBLISH_QA"];
// Nothing to contact or reveal when the worker stays anonymous (the form hides these boxes).
const NEEDS_IDENTITY = ["CONTACT", "REVEAL_IDENTITY"];

async function caller() {
  const incoming = await headers();
  return { host: incoming.get("host"), forwardedFor: incoming.get("x-forwarded-for") };
}

/** The boxes the worker ticked, each with the notice version the page showed beside it. */
function ticked(form: FormData, allowed: string[]): ConsentInput[] {
  const purposes = form.getAll("consent").map(String);
  return allowed
    .filter((purpose) => purposes.includes(purpose))
    .map((purpose) => ({
      purpose: purpose as ConsentPurpose,
      noticeVersion: String(form.get(`version-${purpose}`) ?? ""),
    }));
}

type Result =
  | { __typename: "CaseReceipt"; code: string; secret: string; statusLabel: string; firstResponseDue?: string | null; organization: { name: string } }
  | { __typename: "VoiceErrors"; errors: { field: string; message: string }[] };

function finish(state: FormState, sent: VoiceOutcome<Result>): FormState {
  if (!sent.ok) return { ...state, errors: { "": [sent.message] } };
  const result = sent.data;
  if (result.__typename === "VoiceErrors") return { ...state, errors: groupErrors(result.errors) };
  // Accepted: the code and secret go to this one answer only (never a cookie, never a URL);
  // what was typed is not sent back.
  return {
    round: state.round,
    values: {},
    consents: [],
    errors: {},
    receipt: {
      code: result.code,
      secret: result.secret,
      statusLabel: result.statusLabel,
      firstResponseDue: result.firstResponseDue ?? null,
      organization: result.organization.name,
    },
  };
}

/** /gui-y-kien/: a question, grievance or opinion. */
export async function submitCase(previous: FormState, form: FormData): Promise<FormState> {
  const values = textValues(form, [
    "kind",
    "title",
    "body",
    "identityMode",
    "contactName",
    "contactPhone",
    "contactEmail",
    "workplace",
    "conflictOfInterest",
  ]);
  const kind = KINDS.includes(values.kind!) ? values.kind! : "QUESTION";
  const mode = MODES.includes(values.identityMode!) ? values.identityMode! : "ANONYMOUS";
  const anonymous = mode === "ANONYMOUS";
  const consents = ticked(form, PURPOSES.filter((p) => !(anonymous && NEEDS_IDENTITY.includes(p))));
  const state: FormState = {
    round: previous.round + 1,
    values: { ...values, kind, identityMode: mode },
    consents: consents.map((c) => c.purpose),
    errors: {},
  };
  if (!consents.some((c) => c.purpose === "HANDLE")) return { ...state, errors: { consents: [CONSENT_REQUIRED] } };
  const sent = await voicePost(
    VoiceSubmitDocument,
    {
      input: {
        kind: kind as CaseKind,
        title: values.title,
        body: values.body!,
        identityMode: mode as CaseIdentityMode,
        contactName: anonymous ? "" : values.contactName,
        contactPhone: anonymous ? "" : values.contactPhone,
        contactEmail: anonymous ? "" : values.contactEmail,
        workplace: anonymous ? "" : values.workplace,
        conflictOfInterest: values.conflictOfInterest === "on",
        consents,
      },
    },
    await caller(),
  );
  return finish(state, sent.ok ? { ok: true, data: sent.data.submitCase } : sent);
}

/** /phan-anh-thong-tin-sai/: a link to false or harmful information about the union. */
export async function reportMisinformation(previous: FormState, form: FormData): Promise<FormState> {
  const values = textValues(form, ["link", "body", "contactEmail"]);
  const consents = ticked(form, ["HANDLE", "CONTACT"]);
  const state: FormState = {
    round: previous.round + 1,
    values,
    consents: consents.map((c) => c.purpose),
    errors: {},
  };
  if (!consents.some((c) => c.purpose === "HANDLE")) return { ...state, errors: { consents: [CONSENT_REQUIRED] } };
  const sent = await voicePost(
    VoiceReportDocument,
    { input: { link: values.link!, body: values.body, contactEmail: values.contactEmail, consents } },
    await caller(),
  );
  return finish(state, sent.ok ? { ok: true, data: sent.data.reportMisinformation } : sent);
}

const WRONG_KEY = "Mã vụ việc hoặc mã bí mật không đúng. Vui lòng kiểm tra lại (mã vụ việc dạng XXXX-XXXX, mã bí mật dạng XXXX-XXXX-XXXX-XXXX).";

/** /tra-cuu/: look a case up by code and secret, or withdraw one consent (the button
 * pressed carries the purpose), then show the case as it is now. */
export async function followCase(previous: FollowState, form: FormData): Promise<FollowState> {
  const { code, secret } = textValues(form, ["code", "secret"]) as { code: string; secret: string };
  const purpose = String(form.get("withdraw") ?? "");
  const state: FollowState = { round: previous.round + 1, code, secret };
  if (!code || !secret) return { ...state, error: "Vui lòng nhập cả mã vụ việc và mã bí mật." };
  const who = await caller();
  if (PURPOSES.includes(purpose)) {
    const sent = await voicePost(
      VoiceWithdrawDocument,
      { code, secret, purpose: purpose as ConsentPurpose },
      who,
    );
    if (!sent.ok) return { ...state, error: sent.kind === "notFound" ? WRONG_KEY : sent.message };
    const result = sent.data.withdrawConsent;
    if (result.__typename === "VoiceErrors") {
      const found = await voicePost(VoiceFollowDocument, { code, secret }, who);
      return {
        ...state,
        error: result.errors.map((e) => e.message).join(" "),
        found: found.ok ? found.data.caseStatus : undefined,
      };
    }
    const label = result.case.consents.find((c) => c.purpose === purpose)?.purposeLabel ?? purpose;
    const info =
      purpose === "HANDLE"
        ? `Bạn đã rút sự đồng ý «${label}»: vụ việc đã được rút và sẽ không được xử lý tiếp.`
        : `Bạn đã rút sự đồng ý «${label}». Việc rút có hiệu lực ngay.`;
    return { ...state, info, found: result.case };
  }
  const sent = await voicePost(VoiceFollowDocument, { code, secret }, who);
  if (!sent.ok) return { ...state, error: sent.kind === "notFound" ? WRONG_KEY : sent.message };
  return { ...state, found: sent.data.caseStatus };
}
