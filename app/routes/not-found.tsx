import { notFound } from "../lib/errors";

/** Every unknown path is a real 404 through the root error boundary. */
export function loader(): never {
  notFound();
}

export default function NotFound() {
  return null;
}
