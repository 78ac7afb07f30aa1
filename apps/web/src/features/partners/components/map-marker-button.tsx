import type { KeyboardEvent } from 'react';
import type { MarkerGroup } from './map-view.ts';

interface MapMarkerButtonProps {
  group: MarkerGroup;
  /** Its accessible name: the partner and its country, or the partners it stands for. */
  name: string;
  /** Map units per CSS pixel, so a marker keeps its size on screen at any width and zoom. */
  unit: number;
  expanded: boolean;
  onActivate: () => void;
  /** Where the map finds the marker again to give it back focus, by group key. */
  elements: Map<string, SVGGElement>;
}

/** A marker as a button: focused by Tab, opened by click, Enter or Space. Several partners show their count. */
export function MapMarkerButton({ group, name, unit, expanded, onActivate, elements }: MapMarkerButtonProps) {
  const [only] = group.members;
  const several = group.members.length > 1;
  const kind = several ? 'group' : only?.place ? 'placed' : 'at-country';
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onActivate();
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG has no <button>; a <g> with the button role is the marker.
    <g
      ref={(element) => {
        if (element) elements.set(group.key, element);
        else elements.delete(group.key);
      }}
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-haspopup={several ? undefined : 'dialog'}
      aria-expanded={several ? undefined : expanded}
      className={`world-map__marker world-map__marker--${kind}`}
      data-testid="map-marker"
      data-partners={group.key}
      transform={`translate(${group.x} ${group.y})`}
      onClick={onActivate}
      onKeyDown={onKeyDown}
    >
      <circle className="world-map__hit" r={12 * unit} />
      <circle className="world-map__focus" r={(several ? 11 : 8) * unit} />
      <circle className="world-map__dot" r={(several ? 8 : 5) * unit} />
      {several && (
        <text className="world-map__count" fontSize={11 * unit} dy="0.35em" textAnchor="middle">
          {group.members.length}
        </text>
      )}
    </g>
  );
}
