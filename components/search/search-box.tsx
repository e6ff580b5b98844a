// Placeholder: the search issue replaces this with the real header search box.
export function SearchBox() {
  return (
    <a href="/search/" className="text-sm underline">
      Search
    </a>
  );
}
