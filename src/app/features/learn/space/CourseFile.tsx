import { useRef, useState } from 'react';
import { parseCourse } from '../../../../core/learn/courseSchema';
import type { Course } from '../../../../core/model';

/**
 * Import and export of course files. A bad file is refused with every problem named, and nothing
 * changes; the built-in course's id can't be taken over.
 */
export function CourseFile({ course, builtInId, onImported }: { course: Course; builtInId: string; onImported: (course: Course) => Promise<void> }) {
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const read = async (file: File) => {
    setDone('');
    const parsed = parseCourse(await file.text());
    if (!parsed.ok) return setProblems([`${file.name} was not imported.`, ...parsed.problems]);
    if (parsed.course.id === builtInId) return setProblems([`${file.name} was not imported: its id "${builtInId}" is the built-in course's. Give it an id of its own.`]);
    setProblems([]);
    await onImported(parsed.course);
    setDone(`Imported "${parsed.course.title}" (${parsed.course.lessons.length} lessons).`);
  };
  const exportCourse = () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(course, null, 2) + '\n'], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${course.id}.course.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="rl-course-file">
      <button type="button" onClick={() => input.current?.click()}>
        Import a course…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Course file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      <button type="button" onClick={exportCourse}>
        Export this course
      </button>
      {problems.length > 0 && (
        <div role="alert" className="rl-course-problems">
          <p>{problems[0]}</p>
          <ul>
            {problems.slice(1).map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {done && <p role="status">{done}</p>}
    </div>
  );
}
