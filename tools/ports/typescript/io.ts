// Reads answers.json (argv[2]), round-trips each answer and writes results.json (argv[3]);
// tools/ports/ports.py compares what came back with the answer.
import { readFileSync, writeFileSync } from "fs";

export interface Answer {
  label: string;
  model: string;
  array: boolean;
  body: unknown;
}

export function roundTripAll(roundTrip: (answer: Answer) => unknown): void {
  const answers: Answer[] = JSON.parse(readFileSync(process.argv[2], "utf8"));
  const results = answers.map((answer) => {
    try {
      return { label: answer.label, json: roundTrip(answer) ?? null };
    } catch (error) {
      return { label: answer.label, error: String(error) };
    }
  });
  writeFileSync(process.argv[3], JSON.stringify(results));
}
