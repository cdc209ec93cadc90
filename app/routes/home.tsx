import { Heading, Paragraph } from "@digdir/designsystemet-react";

export function meta() {
  return [{ title: "Bomiljø" }];
}

export default function Home() {
  return (
    <>
      <Heading level={1} data-size="lg">
        Bomiljø
      </Heading>
      <Paragraph>Kommunale utleieboliger og gode bomiljø.</Paragraph>
    </>
  );
}
