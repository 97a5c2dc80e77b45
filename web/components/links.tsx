import {
  ButtonLink as UtrechtButtonLink,
  Link as UtrechtLink,
  type ButtonLinkProps,
  type LinkProps,
} from '@utrecht/component-library-react';
import { forwardRef, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

/** Utrecht links that navigate inside the application without reloading the page. */

function useRouterClick(to: string, onClick?: (event: MouseEvent<HTMLAnchorElement>) => void) {
  const handleClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) handleClick(event);
  };
}

export interface AppLinkProps extends Omit<LinkProps, 'href'> {
  to: string;
}

export const AppLink = forwardRef<HTMLAnchorElement, AppLinkProps>(function AppLink({ to, onClick, ...rest }, ref) {
  const href = useHref(to);
  const click = useRouterClick(to, onClick);
  return <UtrechtLink ref={ref} href={href} onClick={click} {...rest} />;
});

export interface AppButtonLinkProps extends Omit<ButtonLinkProps, 'href'> {
  to: string;
}

export const AppButtonLink = forwardRef<HTMLAnchorElement, AppButtonLinkProps>(function AppButtonLink(
  { to, onClick, ...rest },
  ref,
) {
  const href = useHref(to);
  const click = useRouterClick(to, onClick);
  return <UtrechtButtonLink ref={ref} href={href} onClick={click} {...rest} />;
});

/** A plain anchor with router navigation, for components that take a Link component (breadcrumbs). */
export const RouterAnchor = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }>(
  function RouterAnchor({ href, onClick, ...rest }, ref) {
    const click = useRouterClick(href, onClick);
    return <a ref={ref} href={href} onClick={click} {...rest} />;
  },
);
