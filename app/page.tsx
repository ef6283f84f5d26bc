import Link from "next/link";
import { NARRATIVE_CODES, NARRATIVES } from "@/lib/domain/narratives";

export default function HomePage() {
  return (
    <>
      <h1>Learn the narratives of Islamic State defectors</h1>
      <p className="lead">
        Between 2014 and 2015, 58 people who had joined the Islamic State left it and spoke publicly about why. A study
        by the International Centre for the Study of Radicalisation found four narratives in their stories. Those
        stories are among the strongest arguments against the group&apos;s propaganda.
      </p>
      <p className="lead">
        Here you read short scenarios built from that testimony, name the narrative each one carries, and choose the
        policy implication it supports. Every scenario cites its source.
      </p>
      <ul>
        {NARRATIVE_CODES.map((code) => (
          <li key={code}>{NARRATIVES[code].name}</li>
        ))}
      </ul>
      <div className="actions">
        <Link className="button" href="/practice">
          Practise
        </Link>
        <Link className="button secondary" href="/narratives">
          Read about the four narratives
        </Link>
      </div>
      <p>
        Got a class code from your educator? <Link href="/join">Join your class</Link>. Educators can{" "}
        <Link href="/signup">create an account</Link> to run classes.
      </p>
    </>
  );
}
