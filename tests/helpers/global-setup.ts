/** Runs once before the unit and integration tests. */
export default async function setup() {
  process.env.TZ = "UTC";
}
