// The public data the voice forms need (kinds, consent notices): a cacheable persisted GET.
import { headers } from "next/headers";
import { notFound } from "next/navigation";

import { VoiceFormDocument } from "@/gql/graphql";
import { NotFoundError, query } from "@/lib/api";

export async function loadVoiceForm() {
  const host = (await headers()).get("host");
  try {
    return await query(VoiceFormDocument, {}, host);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
